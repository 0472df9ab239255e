package dev.taskfit.advise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The cue word lists and patterns of {@code advise/cues.txt} (format at the top of that file), parsed and compiled
 * once. A list named in several language blocks is the union of its entries, in file order, so a language is
 * added by adding a block. Asking for a list under the wrong kind, or for a list the file lacks, fails at once:
 * the passes read every list they need in their static initialisers, so a bad file stops the first
 * {@link TaskCues#read}, and the native image build, which initialises these classes.
 */
final class CueLexicon {

    /** How a list's entries are read. */
    enum Kind {
        /** Literal tokens, any number per line, separated by spaces. */
        WORDS,
        /** Regex alternatives, one or more per line ({@code |} between them), compiled as one pattern. */
        REGEX,
        /** As {@link #REGEX}, matched as whole words: {@code \b(?:...)\b}. */
        BOUNDED,
        /** One regex per line, each found on its own. */
        PATTERNS
    }

    private record Entries(Kind kind, List<String> lines) {
    }

    /** The shipped lists, read from the classpath once (at image build time in the native executable). */
    static final CueLexicon SHIPPED = fromClasspath("advise/cues.txt");

    private final Map<String, Entries> lists;

    private CueLexicon(Map<String, Entries> lists) {
        this.lists = lists;
    }

    static CueLexicon fromClasspath(String resource) {
        try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses the text of a cue file; {@code source} names it in error messages. */
    static CueLexicon parse(String text, String source) {
        Map<String, Entries> lists = new LinkedHashMap<>();
        String language = null;
        Entries current = null;
        int number = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String where = source + ":" + number + ": ";
                boolean indented = Character.isWhitespace(line.charAt(0));
                if (!indented && trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    language = trimmed.substring(1, trimmed.length() - 1).strip();
                    current = null;
                } else if (!indented) {
                    current = header(trimmed, where, language, lists);
                } else if (current == null) {
                    throw new IllegalArgumentException(where + "an entry outside a list");
                } else {
                    current.lines().add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lists.forEach((name, entries) -> {
            if (entries.lines().isEmpty()) {
                throw new IllegalArgumentException(source + ": list " + name + " is empty");
            }
        });
        return new CueLexicon(lists);
    }

    /** {@code name (kind):} opens a list, or adds to one of the same name and kind from another language. */
    private static Entries header(String trimmed, String where, String language, Map<String, Entries> lists) {
        int open = trimmed.indexOf(" (");
        if (language == null || open < 0 || !trimmed.endsWith("):")) {
            throw new IllegalArgumentException(where + "expected [language] or 'name (kind):', found: " + trimmed);
        }
        String name = trimmed.substring(0, open);
        String kindName = trimmed.substring(open + 2, trimmed.length() - 2);
        Kind kind = Arrays.stream(Kind.values()).filter(k -> k.name().equalsIgnoreCase(kindName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(where + "unknown kind '" + kindName + "', expected one of "
                        + Arrays.toString(Kind.values()).toLowerCase(java.util.Locale.ROOT)));
        Entries entries = lists.computeIfAbsent(name, n -> new Entries(kind, new ArrayList<>()));
        if (entries.kind() != kind) {
            throw new IllegalArgumentException(where + name + " is " + entries.kind() + " elsewhere, not " + kind);
        }
        return entries;
    }

    /** A {@link Kind#WORDS} list. */
    Set<String> words(String name) {
        Set<String> words = new LinkedHashSet<>();
        for (String line : lines(name, Kind.WORDS)) {
            words.addAll(Arrays.asList(line.split("\\s+")));
        }
        return Set.copyOf(words);
    }

    /** A {@link Kind#REGEX} or {@link Kind#BOUNDED} list as one pattern. */
    Pattern pattern(String name) {
        Entries entries = entries(name);
        if (entries.kind() != Kind.REGEX && entries.kind() != Kind.BOUNDED) {
            throw new IllegalArgumentException("cue list " + name + " is " + entries.kind() + ", not a single pattern");
        }
        String alternatives = String.join("|", entries.lines());
        return compile(name, entries.kind() == Kind.BOUNDED ? "\\b(?:" + alternatives + ")\\b" : alternatives);
    }

    /** A {@link Kind#PATTERNS} list, one pattern per line. */
    List<Pattern> patterns(String name) {
        return lines(name, Kind.PATTERNS).stream().map(regex -> compile(name, regex)).toList();
    }

    /** The lists whose names start with {@code prefix}, in file order, each as {@link #pattern}, by the rest of the name. */
    Map<String, Pattern> patternsByName(String prefix) {
        Map<String, Pattern> byName = new LinkedHashMap<>();
        for (String name : lists.keySet()) {
            if (name.startsWith(prefix)) {
                byName.put(name.substring(prefix.length()), pattern(name));
            }
        }
        if (byName.isEmpty()) {
            throw new IllegalArgumentException("no cue list starts with " + prefix);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    private List<String> lines(String name, Kind kind) {
        Entries entries = entries(name);
        if (entries.kind() != kind) {
            throw new IllegalArgumentException("cue list " + name + " is " + entries.kind() + ", not " + kind);
        }
        return entries.lines();
    }

    private Entries entries(String name) {
        Entries entries = lists.get(name);
        if (entries == null) {
            throw new IllegalArgumentException("no cue list named " + name);
        }
        return entries;
    }

    private static Pattern compile(String name, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("cue list " + name + ": " + e.getMessage(), e);
        }
    }
}
