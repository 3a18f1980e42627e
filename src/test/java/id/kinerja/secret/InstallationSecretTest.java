package id.kinerja.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void without_configuration_a_random_key_is_generated_once_owner_only_and_kept() throws Exception {
        byte[] first = InstallationSecret.resolve("", dataDir);
        Path file = dataDir.resolve(InstallationSecret.FILE_NAME);

        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(InstallationSecret.resolve(null, dataDir)).as("a restart reads the same key").isEqualTo(first);
        assertThat(InstallationSecret.resolve("", Files.createDirectory(dataDir.resolve("other"))))
                .as("another data directory gets another key").isNotEqualTo(first);
    }

    @Test
    void a_configured_secret_wins_and_no_file_is_written() {
        assertThat(InstallationSecret.resolve(" configured-secret ", dataDir))
                .isEqualTo("configured-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(dataDir.resolve(InstallationSecret.FILE_NAME)).doesNotExist();
    }

    @Test
    void a_damaged_key_file_stops_the_start_instead_of_silently_changing_pseudonyms() throws Exception {
        Files.writeString(dataDir.resolve(InstallationSecret.FILE_NAME), "c2hvcnQ=\n");

        assertThatThrownBy(() -> InstallationSecret.resolve("", dataDir)).hasMessageContaining("shorter than 16 bytes");
    }
}
