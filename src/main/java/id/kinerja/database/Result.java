package id.kinerja.database;


record Result(int exitCode, String output) {

    Result requireSuccess(String message) {
        if (exitCode != 0) {
            throw new IllegalStateException(message + " (exit code " + exitCode + "):\n" + output);
        }
        return this;
    }
}
