package id.kinerja.reliability;

import id.kinerja.support.AppProcess;
import java.net.http.HttpResponse;

/** Reads an application process's /actuator/prometheus. */
final class Prometheus {

    private Prometheus() {}

    static String scrape(AppProcess app) {
        HttpResponse<String> response = app.get("/actuator/prometheus")
                .orElseThrow(() -> new AssertionError(app + " does not answer /actuator/prometheus"));
        if (response.statusCode() != 200) {
            throw new AssertionError("/actuator/prometheus of " + app + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The sum of the samples whose line starts with {@code prefix} (a metric name and the start of its labels). */
    static double sum(AppProcess app, String prefix) {
        return scrape(app).lines().filter(line -> line.startsWith(prefix))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }
}
