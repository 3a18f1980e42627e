package id.kinerja.chat;

import id.kinerja.text.Texts;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TextsConfiguration {

    @Bean
    Texts texts(@Value("${kinerja.bot-scripts-dir:./bot-scripts}") String directory) {
        return Texts.load(Path.of(directory));
    }
}
