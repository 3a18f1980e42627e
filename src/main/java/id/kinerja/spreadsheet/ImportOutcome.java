package id.kinerja.spreadsheet;

/** Either the problems that stopped an import (nothing was written) or what it changed. */
public record ImportOutcome(ValidationReport problems, ImportCounts counts) {

    public static ImportOutcome rejected(ValidationReport problems) {
        return new ImportOutcome(problems, null);
    }

    public static ImportOutcome done(ImportCounts counts) {
        return new ImportOutcome(new ValidationReport(), counts);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
