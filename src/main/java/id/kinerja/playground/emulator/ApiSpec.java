package id.kinerja.playground.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Bot API description ({@code bot-api-spec.json}, from the classpath) as data. Loaded once per JVM. */
final class ApiSpec {

    record Field(String name, List<String> types, boolean required) {
    }

    record Method(String name, Map<String, Field> fields) {
    }

    record Type(String name, Map<String, Field> fields, List<String> subtypes) {
    }

    /** Where the description lies on the classpath (the pom copies docs/telegram/bot-api-spec.json there). */
    static final String RESOURCE = "/telegram/bot-api-spec.json";

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
        try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not found on the classpath");
            }
            return new ApiSpec(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
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
