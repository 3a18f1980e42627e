package id.kinerja.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks zonky's {@code .txz} binaries archive into {@code target}: into a staging directory of {@code parent}
 * first (entries outside it refused, files made readable by all), then moved into place atomically, replacing an
 * incomplete copy; a copy another process finished first is kept. The result must pass
 * {@link BinaryInstallation#isTrusted(Path, int)}.
 */
final class ArchiveExtraction {

    private ArchiveExtraction() {
    }

    static Path extractInto(Path parent, Path target, URL url, int uid) throws IOException {
        Path staging = Files.createTempDirectory(parent, target.getFileName() + ".tmp-");
        try {
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(
                    new BufferedInputStream(url.openStream())))) {
                untar(tar, staging);
            }
            Files.setPosixFilePermissions(staging, BinaryInstallation.DIR_PERMISSIONS);
            if (Files.exists(target)) { // present but incomplete
                Path broken = Files.createTempDirectory(parent, target.getFileName() + ".broken-");
                Files.move(target, broken.resolve("old"), StandardCopyOption.ATOMIC_MOVE);
                deleteRecursively(broken);
            }
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (FileAlreadyExistsException ex) {
                // another process finished first
            }
            catch (FileSystemException ex) {
                if (!BinaryInstallation.isUsable(target)) {
                    throw ex;
                }
            }
            if (!BinaryInstallation.isTrusted(target, uid)) {
                throw new IllegalStateException("The PostgreSQL binaries in " + target + " are not only this user's "
                        + "(uid " + uid + "); refusing to run them");
            }
            return target;
        }
        finally {
            deleteRecursively(staging);
        }
    }

    private static void untar(TarArchiveInputStream tar, Path root) throws IOException {
        List<Path> directories = new ArrayList<>();
        TarArchiveEntry entry;
        while ((entry = tar.getNextEntry()) != null) {
            Path path = root.resolve(entry.getName()).normalize();
            if (!path.startsWith(root)) {
                throw new IOException("Archive entry outside the target directory: " + entry.getName());
            }
            if (entry.isDirectory()) {
                Files.createDirectories(path);
                directories.add(path);
                continue;
            }
            Files.createDirectories(path.getParent());
            if (entry.isSymbolicLink()) {
                Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            }
            else if (entry.isLink()) {
                Files.createLink(path, root.resolve(entry.getLinkName()).normalize());
            }
            else {
                Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(path, readableByAll(entry.getMode()));
            }
        }
        for (Path directory : directories) {
            Files.setPosixFilePermissions(directory, BinaryInstallation.DIR_PERMISSIONS);
        }
    }

    /** The archive's mode, made readable (and, for executables, executable) by everyone. */
    private static Set<PosixFilePermission> readableByAll(int mode) {
        boolean executable = (mode & 0100) != 0;
        return PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
