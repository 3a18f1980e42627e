package id.kinerja.appraisal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keberatan (PP 30/2019 Pasal 59, docs/DOMAIN.md §9): the window in which an employee may object, counted from the
 * day the evaluation was submitted (the notice goes out then), in calendar or working days; how long the rater and
 * the employee have to explain when the decider asks; by when the decider should decide (working days).
 */
@ConfigurationProperties("kinerja.objection")
public record ObjectionProperties(Integer window, WindowUnit windowUnit, Integer explanationWorkingDays,
                                  Integer decisionWorkingDays) {

    public enum WindowUnit { CALENDAR, WORKING }

    public ObjectionProperties {
        window = window == null ? 14 : window;
        windowUnit = windowUnit == null ? WindowUnit.CALENDAR : windowUnit;
        explanationWorkingDays = explanationWorkingDays == null ? 3 : explanationWorkingDays;
        decisionWorkingDays = decisionWorkingDays == null ? 10 : decisionWorkingDays;
        if (window < 1 || explanationWorkingDays < 1 || decisionWorkingDays < 1) {
            throw new IllegalArgumentException("kinerja.objection: window and deadlines must be at least 1 day");
        }
    }
}
