package id.kinerja.spreadsheet;

/** What an import did, printed as {@code N added, M updated, K unchanged}. */
public record ImportCounts(int added, int updated, int unchanged) {

    public ImportCounts add(Change change) {
        return switch (change) {
            case ADDED -> new ImportCounts(added + 1, updated, unchanged);
            case UPDATED -> new ImportCounts(added, updated + 1, unchanged);
            case UNCHANGED -> new ImportCounts(added, updated, unchanged + 1);
        };
    }

    public static ImportCounts none() {
        return new ImportCounts(0, 0, 0);
    }

    public enum Change { ADDED, UPDATED, UNCHANGED }

    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged";
    }
}
