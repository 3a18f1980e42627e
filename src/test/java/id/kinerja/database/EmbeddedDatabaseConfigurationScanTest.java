package id.kinerja.database;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationScanTest {

    @Test
    void the_package_private_configuration_is_still_found_by_the_applications_component_scan() {
        assertThat(new ClassPathScanningCandidateComponentProvider(true).findCandidateComponents("id.kinerja")
            .stream().map(BeanDefinition::getBeanClassName))
            .contains(EmbeddedDatabaseConfiguration.class.getName());
    }
}
