package id.kinerja.database;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ClusterLocationTest {

    @TempDir
    Path dataDir;

    @Test
    void the_name_is_a_short_hash_of_the_path_and_its_last_segment() {
        assertThat(ClusterLocation.directoryName(Path.of("/root/kinerja/data"))).isEqualTo("bbeb20a08994-data");
    }

    @Test
    void the_same_path_gives_the_same_name_and_another_path_with_the_same_last_segment_another() {
        assertThat(ClusterLocation.directoryName(Path.of("/root/kinerja/data")))
            .isEqualTo(ClusterLocation.directoryName(Path.of("/root/kinerja/data")))
            .isNotEqualTo(ClusterLocation.directoryName(Path.of("/root/other/data")));
    }

    @Test
    void unusual_characters_of_the_segment_are_replaced_and_it_is_cut_at_forty() {
        assertThat(ClusterLocation.directoryName(Path.of("/srv/my office/data dir"))).isEqualTo("207152dd7bf0-data_dir");
        assertThat(ClusterLocation.directoryName(Path.of("/srv/" + "x".repeat(50))))
            .hasSize(12 + 1 + 40).endsWith("-" + "x".repeat(40));
        assertThat(ClusterLocation.directoryName(Path.of("/"))).isEqualTo("8a5edab28263-root");
    }

    @Test
    void the_base_is_var_lib_kinerja_bot_unless_the_system_property_names_another() {
        String before = System.getProperty(ClusterLocation.BASE_PROPERTY);
        try {
            System.clearProperty(ClusterLocation.BASE_PROPERTY);
            assertThat(ClusterLocation.configuredBase()).isEqualTo(Path.of("/var/lib/kinerja-bot"));
            System.setProperty(ClusterLocation.BASE_PROPERTY, "/srv/clusters");
            assertThat(ClusterLocation.configuredBase()).isEqualTo(Path.of("/srv/clusters"));
        }
        finally {
            if (before == null) {
                System.clearProperty(ClusterLocation.BASE_PROPERTY);
            }
            else {
                System.setProperty(ClusterLocation.BASE_PROPERTY, before);
            }
        }
    }

    @Test
    void without_a_user_switch_the_cluster_stays_in_the_data_directory() throws Exception {
        assumeTrue(RunAs.effectiveUid() != 0, "as root the server runs as nobody: ClusterElsewhereIntegrationTest");
        ClusterLocation location = ClusterLocation.choose(dataDir, RunAs.detect(), dataDir.resolve("base"));

        assertThat(location.elsewhere()).isFalse();
        assertThat(location.clusterDirectory()).isEqualTo(dataDir.resolve("postgres"));
        assertThat(location.serverLog().file()).isEqualTo(dataDir.resolve("postgres.log"));
        assertThat(Files.exists(dataDir.resolve("base"))).isFalse();
    }
}
