package id.kinerja;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tables the SQL in Java sources names: every string literal and text block, joined across
 * {@code +}, with {@code static final String} constants resolved wherever they are used, also from
 * another class (a fragment pasted into a query counts for the file that pastes it). A table counts
 * when it follows from, join, into, update, table, using or truncate, or is listed after a from.
 */
final class SqlTableReferences {

    /** One table named in a file; {@code via} is the constant of another file it came through, or null. */
    record Reference(String file, String table, String via) {}

    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:from|join|into|update|table|using|truncate)\\s+(?:if\\s+(?:not\\s+)?exists\\s+)?(?:only\\s+)?"
                    + "([a-z_][a-z0-9_]*)((?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?(?:\\s*,\\s*[a-z_][a-z0-9_]*"
                    + "(?:\\s+(?:as\\s+)?[a-z_][a-z0-9_]*)?)*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LISTED = Pattern.compile(",\\s*([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final");

    private record Part(String text, String via) {}

    private record Constant(SourceFile file, List<JavaTokens.Token> initializer) {}

    private final Map<String, SourceFile> classes = new HashMap<>();
    private final Map<String, Constant> constants = new HashMap<>();
    private final Map<String, List<Part>> resolved = new HashMap<>();
    private final Set<String> resolving = new LinkedHashSet<>();

    /** @param sources file path relative to the source root ({@code chat/TurnContexts.java}) → its text */
    SqlTableReferences(Map<String, String> sources) {
        sources.forEach((path, text) -> {
            SourceFile file = new SourceFile(path, JavaTokens.of(text));
            classes.put(file.className(), file);
        });
        classes.values().forEach(this::collectConstants);
    }

    /** Every table (of {@code tables}) named in each file, in file order. */
    List<Reference> references(Set<String> tables) {
        List<Reference> references = new ArrayList<>();
        classes.values().stream().sorted((a, b) -> a.path().compareTo(b.path())).forEach(file -> {
            Set<Reference> inFile = new LinkedHashSet<>();
            for (List<Part> unit : units(file)) {
                named(file.path(), unit, tables, inFile);
            }
            references.addAll(inFile);
        });
        return references;
    }

    private void collectConstants(SourceFile file) {
        List<JavaTokens.Token> tokens = file.tokens();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).is("String") && tokens.get(i + 1).isWord() && tokens.get(i + 2).is("=")
                    && staticFinal(tokens, i)) {
                constants.put(file.className() + "." + tokens.get(i + 1).text(),
                        new Constant(file, tokens.subList(i + 3, statementEnd(tokens, i + 3))));
            }
        }
    }

    private static boolean staticFinal(List<JavaTokens.Token> tokens, int type) {
        Set<String> modifiers = new LinkedHashSet<>();
        for (int i = type - 1; i >= 0 && MODIFIERS.contains(tokens.get(i).text()); i--) {
            modifiers.add(tokens.get(i).text());
        }
        return modifiers.contains("static") && modifiers.contains("final");
    }

    private static int statementEnd(List<JavaTokens.Token> tokens, int from) {
        int depth = 0;
        for (int i = from; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (tokens.get(i).isSymbol() && (text.equals("(") || text.equals("{") || text.equals("["))) {
                depth++;
            } else if (tokens.get(i).isSymbol() && (text.equals(")") || text.equals("}") || text.equals("]"))) {
                depth--;
            } else if (depth == 0 && tokens.get(i).is(";")) {
                return i;
            }
        }
        return tokens.size();
    }

    /** The file's SQL texts: literals and constants, each joined with what {@code +} appends to it. */
    private List<List<Part>> units(SourceFile file) {
        List<List<Part>> units = new ArrayList<>();
        List<JavaTokens.Token> tokens = file.tokens();
        List<Part> unit = null;
        int i = 0;
        while (i < tokens.size()) {
            if (unit != null && tokens.get(i).is("+")) {
                i++;
                continue;
            }
            Operand operand = operand(file, tokens, i);
            if (operand == null) {
                unit = null;
                i++;
                continue;
            }
            boolean appended = unit != null && i > 0 && tokens.get(i - 1).is("+");
            if (!appended) {
                unit = new ArrayList<>();
                units.add(unit);
            }
            unit.addAll(operand.parts());
            i = operand.end();
            if (i < tokens.size() && !tokens.get(i).is("+")) {
                unit = null;
            }
        }
        return units;
    }

    private record Operand(List<Part> parts, int end) {}

    /** A string literal or a constant reference starting at {@code i}, or null. */
    private Operand operand(SourceFile file, List<JavaTokens.Token> tokens, int i) {
        JavaTokens.Token token = tokens.get(i);
        if (token.isString()) {
            return new Operand(List.of(new Part(token.text(), null)), i + 1);
        }
        if (!token.isWord() || (i > 0 && tokens.get(i - 1).is("."))) {
            return null;
        }
        List<String> chain = new ArrayList<>(List.of(token.text()));
        int end = i + 1;
        while (end + 1 < tokens.size() && tokens.get(end).is(".") && tokens.get(end + 1).isWord()) {
            chain.add(tokens.get(end + 1).text());
            end += 2;
        }
        for (int j = 0; j + 1 < chain.size(); j++) {
            String owner = j == 0 ? file.resolveClass(chain.get(0), classes.keySet())
                    : classes.containsKey(String.join(".", chain.subList(0, j + 1)))
                            ? String.join(".", chain.subList(0, j + 1)) : null;
            String key = owner + "." + chain.get(j + 1);
            if (owner != null && constants.containsKey(key)) {
                return new Operand(reference(file, key), i + 2 * (j + 2) - 1);
            }
        }
        String bare = file.className() + "." + chain.get(0);
        if (constants.containsKey(bare)) {
            return new Operand(reference(file, bare), i + 1);
        }
        String imported = file.staticImport(chain.get(0), constants.keySet());
        if (imported != null && constants.containsKey(imported)) {
            return new Operand(reference(file, imported), i + 1);
        }
        return null;
    }

    /** The constant's text as used in {@code user}: marked as coming from it when it is another file's. */
    private List<Part> reference(SourceFile user, String key) {
        List<Part> parts = resolve(key);
        Constant constant = constants.get(key);
        if (constant.file() == user) {
            return parts;
        }
        String via = key.substring(key.lastIndexOf('.', key.lastIndexOf('.') - 1) + 1);
        return parts.stream().map(p -> new Part(p.text(), via)).toList();
    }

    private List<Part> resolve(String key) {
        List<Part> known = resolved.get(key);
        if (known != null) {
            return known;
        }
        if (!resolving.add(key)) {
            return List.of();
        }
        Constant constant = constants.get(key);
        List<Part> parts = new ArrayList<>();
        List<JavaTokens.Token> tokens = constant.initializer();
        int i = 0;
        while (i < tokens.size()) {
            Operand operand = operand(constant.file(), tokens, i);
            if (operand == null) {
                i++;
            } else {
                parts.addAll(operand.parts());
                i = operand.end();
            }
        }
        resolving.remove(key);
        resolved.put(key, parts);
        return parts;
    }

    private static void named(String file, List<Part> unit, Set<String> tables, Set<Reference> into) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Part part : unit) {
            starts.add(text.length());
            text.append(part.text()).append(' ');
        }
        Matcher matcher = NAMED.matcher(text);
        while (matcher.find()) {
            add(file, unit, starts, matcher.group(1), matcher.start(1), tables, into);
            Matcher listed = LISTED.matcher(matcher.group(2));
            while (listed.find()) {
                add(file, unit, starts, listed.group(1), matcher.start(2) + listed.start(1), tables, into);
            }
        }
    }

    private static void add(String file, List<Part> unit, List<Integer> starts, String name, int at,
                            Set<String> tables, Set<Reference> into) {
        String table = name.toLowerCase();
        if (!tables.contains(table)) {
            return;
        }
        int part = 0;
        while (part + 1 < starts.size() && starts.get(part + 1) <= at) {
            part++;
        }
        into.add(new Reference(file, table, unit.get(part).via()));
    }
}
