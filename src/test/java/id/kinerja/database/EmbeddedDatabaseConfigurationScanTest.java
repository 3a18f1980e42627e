package id.kinerja.database;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationScanTest {

    @Test
    void thePackagePrivateConfigurationIsStillFoundByTheApplicationsComponentScan() {
        assertThat(new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents("id.kinerja")
            .stream().map(BeanDefinition::getBeanClassName))
            .contains(EmbeddedDatabaseConfiguration.class.getName());
    }
}
