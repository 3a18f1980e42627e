package id.kinerja.followup;

/** Where an employee stands in a year: JP recorded, the target, and how many activities. */
public record DevelopmentStanding(int year, int totalJp, int targetJp, int activities) {

    public boolean belowTarget() {
        return totalJp < targetJp;
    }

    public int missingJp() {
        return Math.max(0, targetJp - totalJp);
    }
}
