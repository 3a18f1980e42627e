package id.kinerja.followup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The yearly competence development target in JP (1 JP = 45 minutes): at least 20 JP for a PNS (PP 11/2017 as
 * amended by PP 17/2020, Pasal 203); for a PPPK the rules leave it to the office, so it is configured too.
 */
@ConfigurationProperties("kinerja.development")
public record DevelopmentProperties(@DefaultValue TargetJp targetJp) {

    public record TargetJp(@DefaultValue("20") int pns, @DefaultValue("20") int pppk) {

        public TargetJp {
            if (pns < 1 || pppk < 1) {
                throw new IllegalArgumentException("kinerja.development.target-jp values must be at least 1");
            }
        }
    }
}
