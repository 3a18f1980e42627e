package id.kinerja.peer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void without_configuration_a_random_key_is_generated_once_owner_only_and_kept() throws Exception {
        byte[] first = PeerSecret.resolve("", dataDir);
        Path file = dataDir.resolve(PeerSecret.FILE_NAME);

        assertThat(first).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PeerSecret.resolve(null, dataDir)).as("a restart reads the same key").isEqualTo(first);
        assertThat(PeerSecret.resolve("", Files.createDirectory(dataDir.resolve("other"))))
                .as("another data directory gets another key").isNotEqualTo(first);
    }

    @Test
    void a_configured_secret_wins_and_no_file_is_written() {
        assertThat(PeerSecret.resolve(" configured-secret ", dataDir))
                .isEqualTo("configured-secret".getBytes(StandardCharsets.UTF_8));
        assertThat(dataDir.resolve(PeerSecret.FILE_NAME)).doesNotExist();
    }

    @Test
    void a_damaged_key_file_stops_the_start_instead_of_silently_changing_pseudonyms() throws Exception {
        Files.writeString(dataDir.resolve(PeerSecret.FILE_NAME), "c2hvcnQ=\n");

        assertThatThrownBy(() -> PeerSecret.resolve("", dataDir)).hasMessageContaining("shorter than 16 bytes");
    }
}
