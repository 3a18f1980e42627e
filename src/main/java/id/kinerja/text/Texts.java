package id.kinerja.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every user-visible text, from {@code bot-scripts/<language>.yaml}: the directory given in
 * configuration when it exists (so HR can reword messages without a rebuild), otherwise the copy
 * packaged in the jar. Templates are Telegram HTML with named placeholders {@code {name}};
 * argument values are escaped unless they are {@link Html}.
 */
public final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z0-9_]+)}");

    private final Map<Language, Map<String, String>> templates;

    private Texts(Map<Language, Map<String, String>> templates) {
        this.templates = templates;
    }

    public static Texts load(Path directory) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String file = language.code() + ".yaml";
            Path onDisk = directory == null ? null : directory.resolve(file);
            try (InputStream in = onDisk != null && Files.isRegularFile(onDisk)
                    ? Files.newInputStream(onDisk)
                    : Texts.class.getResourceAsStream("/bot-scripts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bot-scripts/" + file + " is missing");
                }
                Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
                Map<String, String> flat = new LinkedHashMap<>();
                flatten("", tree, flat);
                all.put(language, flat);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bot-scripts/" + file, e);
            }
        }
        return new Texts(all);
    }

    private static void flatten(String prefix, Object node, Map<String, String> into) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, into));
        } else if (node != null) {
            String text = node.toString();
            into.put(prefix, text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        }
    }

    /** The template for the key in the language, falling back to Indonesian, then to the key. */
    public String template(Language language, String key) {
        String template = templates.get(language).get(key);
        if (template == null) {
            template = templates.get(Language.ID).get(key);
        }
        return template == null ? key : template;
    }

    /** Renders a template; {@code args} alternate placeholder names and values. */
    public String get(Language language, String key, Object... args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("arguments must be name/value pairs for " + key);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            values.put(args[i].toString(), args[i + 1]);
        }
        Matcher matcher = PLACEHOLDER.matcher(template(language, key));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = values.containsKey(name) ? render(values.get(name)) : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String render(Object value) {
        return value instanceof Html html ? html.value() : Html.escape(String.valueOf(value));
    }

    public Set<String> keys(Language language) {
        return templates.get(language).keySet();
    }
}
