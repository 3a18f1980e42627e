package id.kinerja;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A Java source file's package, imports and tokens, enough to tell which class a name stands for. */
record SourceFile(String path, List<JavaTokens.Token> tokens, String packageName, Map<String, String> imports,
                  Map<String, String> staticImports, List<String> staticStarImports) {

    SourceFile(String path, List<JavaTokens.Token> tokens) {
        this(path, tokens, dotted(tokens, "package"), new HashMap<>(), new HashMap<>(), new ArrayList<>());
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).is("import")) {
                continue;
            }
            boolean isStatic = tokens.get(i + 1).is("static");
            String name = dotted(tokens.subList(isStatic ? i + 1 : i, tokens.size()), isStatic ? "static" : "import");
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (isStatic && simple.equals("*")) {
                staticStarImports.add(name.substring(0, name.lastIndexOf('.')));
            } else if (isStatic) {
                staticImports.put(simple, name);
            } else if (!simple.equals("*")) {
                imports.put(simple, name);
            }
        }
    }

    /** The module: the first package below the source root ({@code chat}), or "" for the root package. */
    String module() {
        int slash = path.indexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    String className() {
        return packageName + "." + path.substring(path.lastIndexOf('/') + 1).replace(".java", "");
    }

    /** The class a simple name stands for here: imported, or in this package; null if neither is known. */
    String resolveClass(String simpleName, Set<String> known) {
        String imported = imports.get(simpleName);
        if (imported != null) {
            return imported;
        }
        String local = packageName + "." + simpleName;
        return known.contains(local) ? local : null;
    }

    /** The member a statically imported simple name stands for ({@code Class.NAME}, one of {@code known}), or null. */
    String staticImport(String simpleName, Set<String> known) {
        String single = staticImports.get(simpleName);
        if (single != null) {
            return single;
        }
        return staticStarImports.stream().map(owner -> owner + "." + simpleName).filter(known::contains)
                .findFirst().orElse(null);
    }

    /** The dotted name after {@code keyword} (the first token), up to the semicolon. */
    private static String dotted(List<JavaTokens.Token> tokens, String keyword) {
        StringBuilder name = new StringBuilder();
        int start = 0;
        while (start < tokens.size() && !tokens.get(start).is(keyword)) {
            start++;
        }
        for (int i = start + 1; i < tokens.size() && !tokens.get(i).is(";"); i++) {
            name.append(tokens.get(i).text());
        }
        return name.toString();
    }
}
