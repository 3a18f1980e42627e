package id.kinerja;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Kinerja Bot: the Spring Boot application every module is scanned from. The program starts in
 * the command-line module's {@code Main}, which runs the bot or a command-line task.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KinerjaBotApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
