package id.kinerja.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Link-code policy (docs/SPEC.md §5 rule 3). */
@ConfigurationProperties("kinerja.linking")
record LinkingProperties(Duration codeTtl, int maxFailures, Duration lockoutWindow) {

    public LinkingProperties {
        codeTtl = codeTtl == null ? Duration.ofDays(7) : codeTtl;
        maxFailures = maxFailures <= 0 ? 5 : maxFailures;
        lockoutWindow = lockoutWindow == null ? Duration.ofHours(1) : lockoutWindow;
    }
}
