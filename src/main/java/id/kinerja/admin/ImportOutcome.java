package id.kinerja.admin;

/** Either the problems that stopped an import (nothing was written) or what it changed. */
record ImportOutcome(ValidationReport problems, ImportCounts counts) {

    static ImportOutcome rejected(ValidationReport problems) {
        return new ImportOutcome(problems, null);
    }

    static ImportOutcome done(ImportCounts counts) {
        return new ImportOutcome(new ValidationReport(), counts);
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
