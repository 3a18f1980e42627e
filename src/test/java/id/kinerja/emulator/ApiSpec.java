package id.kinerja.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Bot API description ({@code bot-api-spec.json}) as data. Loaded once per JVM. */
final class ApiSpec {

    record Field(String name, List<String> types, boolean required) {
    }

    record Method(String name, Map<String, Field> fields) {
    }

    record Type(String name, Map<String, Field> fields, List<String> subtypes) {
    }

    static final List<Path> LOCATIONS = List.of(Path.of("docs/telegram/bot-api-spec.json"));

    private static volatile ApiSpec shared;

    private final String version;
    private final Map<String, Method> methodsByLowerName = new HashMap<>();
    private final Map<String, Type> types = new HashMap<>();

    static ApiSpec shared() {
        ApiSpec s = shared;
        if (s == null) {
            synchronized (ApiSpec.class) {
                if (shared == null) {
                    shared = load();
                }
                s = shared;
            }
        }
        return s;
    }

    private static ApiSpec load() {
        for (Path p : LOCATIONS) {
            if (Files.isRegularFile(p)) {
                try {
                    return new ApiSpec(new ObjectMapper().readTree(p.toFile()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + p.toAbsolutePath(), e);
                }
            }
        }
        throw new IllegalStateException("bot-api-spec.json not found in " + LOCATIONS + " (cwd "
                + Path.of("").toAbsolutePath() + ")");
    }

    private ApiSpec(JsonNode root) {
        version = root.path("version").asText();
        root.path("methods").forEach(m -> {
            Method method = new Method(m.path("name").asText(), fields(m));
            methodsByLowerName.put(method.name().toLowerCase(Locale.ROOT), method);
        });
        root.path("types").forEach(t -> {
            List<String> subtypes = new ArrayList<>();
            t.path("subtypes").forEach(s -> subtypes.add(s.asText()));
            types.put(t.path("name").asText(), new Type(t.path("name").asText(), fields(t), subtypes));
        });
    }

    private static Map<String, Field> fields(JsonNode node) {
        Map<String, Field> fields = new LinkedHashMap<>();
        node.path("fields").forEach(f -> {
            List<String> types = new ArrayList<>();
            f.path("types").forEach(t -> types.add(t.asText()));
            fields.put(f.path("name").asText(), new Field(f.path("name").asText(), types, f.path("required").asBoolean()));
        });
        return fields;
    }

    String version() {
        return version;
    }

    /** Case-insensitive lookup, as Telegram does. */
    Method method(String name) {
        return methodsByLowerName.get(name.toLowerCase(Locale.ROOT));
    }

    Type type(String name) {
        return types.get(name);
    }
}
