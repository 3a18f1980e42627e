package id.kinerja;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The table → owner map as the code declares it: {@link OwnsTables} on each module's package-info,
 * {@link FrameworkTables} on the root package's (owner {@value #FRAMEWORK}).
 */
record TableOwners(Map<String, List<String>> declared, List<String> frameworkPatterns) {

    static final String FRAMEWORK = "framework";

    /** Reads the declarations of every direct sub-package of {@code id.kinerja} found under {@code sourceRoot}. */
    static TableOwners read(Path sourceRoot) {
        Map<String, List<String>> declared = new TreeMap<>();
        for (String module : modules(sourceRoot)) {
            OwnsTables owns = packageInfo("id.kinerja." + module).getAnnotation(OwnsTables.class);
            for (String table : owns == null ? new String[0] : owns.value()) {
                declared.computeIfAbsent(table, t -> new ArrayList<>()).add(module);
            }
        }
        FrameworkTables framework = packageInfo("id.kinerja").getAnnotation(FrameworkTables.class);
        return new TableOwners(declared, framework == null ? List.of() : List.of(framework.value()));
    }

    /** Every owner declared for this table: the modules naming it, and the frameworks whose pattern matches. */
    List<String> ownersOf(String table) {
        List<String> owners = new ArrayList<>(declared.getOrDefault(table, List.of()));
        frameworkPatterns.stream().filter(pattern -> matches(pattern, table)).forEach(p -> owners.add(FRAMEWORK));
        return owners;
    }

    /** The one owner of a table, or null when it has none or several (the other test reports those). */
    String ownerOf(String table) {
        List<String> owners = ownersOf(table);
        return owners.size() == 1 ? owners.get(0) : null;
    }

    private static boolean matches(String pattern, String table) {
        return pattern.endsWith("*") ? table.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(table);
    }

    private static List<String> modules(Path sourceRoot) {
        try (Stream<Path> children = Files.list(sourceRoot)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> packageInfo(String packageName) {
        try {
            return Class.forName(packageName + ".package-info");
        } catch (ClassNotFoundException e) {
            return Object.class;
        }
    }
}
