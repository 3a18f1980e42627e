package id.kinerja.employee;

/** An employee on the roster, with the unit's name and the Telegram binding if linked. */
public record Employee(
        long id,
        Nip nip,
        String name,
        String position,
        long unitId,
        String unitName,
        Long supervisorId,
        boolean admin,
        boolean active,
        Long telegramUserId) {

    public boolean isLinked() {
        return telegramUserId != null;
    }
}
