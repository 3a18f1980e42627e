package id.kinerja.playground.emulator;

/** A file a user sent, kept for getFile and {@code GET /file/bot<token>/<file_path>}. */
record StoredFile(String fileId, String uniqueId, String path, byte[] content) {
}
