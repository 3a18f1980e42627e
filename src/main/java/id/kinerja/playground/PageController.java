package id.kinerja.playground;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The playground page (classpath {@code playground-page/}) at {@code /} and under {@code /playground/}, in
 * playground mode only: with a token neither the page nor its API exists.
 */
@Controller
@ConditionalOnProperty(name = PlaygroundMode.ENABLED, havingValue = "true")
class PageController implements WebMvcConfigurer {

    /** To the page's folder, so that its relative links (playground.css, playground.js) resolve there. */
    @GetMapping({"/", "/playground"})
    String root() {
        return "redirect:/playground/";
    }

    @GetMapping("/playground/")
    String page() {
        return "forward:/playground/index.html";
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/playground/*.html", "/playground/*.css", "/playground/*.js")
                .addResourceLocations("classpath:/playground-page/");
    }
}
