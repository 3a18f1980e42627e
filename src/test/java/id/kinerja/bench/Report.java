package id.kinerja.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The numbers of one run as {@code report.json} and, readable, {@code report.md}. */
final class Report {

    record Target(String metric, String goal, String measured, boolean met, String bottleneck) {}

    final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    @SuppressWarnings("unchecked")
    Map<String, Object> section(String name) {
        return (Map<String, Object>) json.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>());
    }

    void target(String metric, String goal, String measured, boolean met, String bottleneck) {
        targets.add(new Target(metric, goal, measured, met, met ? "" : bottleneck));
    }

    void note(String text) {
        notes.add(text);
    }

    void write(Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Map<String, Object>> targetJson = new ArrayList<>();
        for (Target t : targets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", t.metric());
            m.put("goal", t.goal());
            m.put("measured", t.measured());
            m.put("met", t.met());
            if (!t.met()) {
                m.put("bottleneck", t.bottleneck());
            }
            targetJson.add(m);
        }
        json.put("targets", targetJson);
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve("report.json").toFile(), json);
        Files.writeString(directory.resolve("report.md"), markdown(), StandardCharsets.UTF_8);
    }

    private String markdown() {
        StringBuilder md = new StringBuilder("# Kinerja Bot benchmark\n\n");
        Map<String, Object> machine = section("machine");
        md.append("Run ").append(machine.get("date")).append(" on ").append(machine.get("cores"))
                .append(" cores (`Runtime.availableProcessors()`), ").append(machine.get("jvm")).append(", heap max ")
                .append(section("heap").get("max_mb")).append(" MB, RSS at the end ").append(json.get("rss_mb"))
                .append(" MB. Load average before the run: ").append(machine.get("load_before"))
                .append(", after: ").append(machine.get("load_after")).append(".\n\n");
        if (!targets.isEmpty()) { // none when only sections without targets ran (-Dbench.only=survey)
            md.append("## Targets\n\n| metric | target | measured | |\n| --- | --- | --- | --- |\n");
        }
        for (Target t : targets) {
            md.append("| ").append(t.metric()).append(" | ").append(t.goal()).append(" | ").append(t.measured())
                    .append(" | ").append(t.met() ? "met" : "**missed**").append(" |\n");
        }
        List<Target> missed = targets.stream().filter(t -> !t.met()).toList();
        if (!missed.isEmpty()) {
            md.append("\n## Missed targets: where the time goes\n\n");
            missed.forEach(t -> md.append("- **").append(t.metric()).append("**: ").append(t.bottleneck())
                    .append("\n"));
        }
        md.append("\n## All numbers\n\n");
        json.forEach((key, value) -> {
            if (!key.equals("targets") && !key.equals("notes")) {
                flatten(md, key, value);
            }
        });
        if (!notes.isEmpty()) {
            md.append("\n## How it was measured\n\n");
            notes.forEach(n -> md.append("- ").append(n).append("\n"));
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void flatten(StringBuilder md, String prefix, Object value) {
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> flatten(md, prefix + "." + k, v));
        } else {
            md.append("- `").append(prefix).append("`: ").append(value).append("\n");
        }
    }
}
