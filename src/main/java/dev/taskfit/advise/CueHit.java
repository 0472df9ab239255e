package dev.taskfit.advise;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A candidate cue over tokens {@code first..last} of a {@link TaskText}, as the passes of {@link TaskCues} find,
 * re-read and discount it. Mutable on purpose: each pass refines the hits of one reading in turn, and the
 * reading is confined to one call.
 */
final class CueHit {

    /** Which side of a step a hit stands for: judging, producing, or neither (decided by its object, or a sequence). */
    enum Role { JUDGE, PRODUCE, NONE }

    /** Whether a hit still counts, and if not, which pass set it aside. */
    enum State { COUNTED, NEGATED, HUMAN, MISUSED_TOOL, EXISTING, MODIFIER }

    /** Tokens that end a clause: no rule's window reaches across one. */
    static final Set<String> CLAUSE_MARKS = CueLexicon.SHIPPED.words("clause-marks");

    Cue.Kind kind;
    Role role;
    final int first;
    int last;
    State state = State.COUNTED;
    String detail;

    CueHit(Cue.Kind kind, Role role, int first, int last) {
        this.kind = kind;
        this.role = role;
        this.first = first;
        this.last = last;
    }

    boolean counted() {
        return state == State.COUNTED && role != Role.NONE;
    }

    boolean oneWord() {
        return first == last;
    }

    /** Adds a hit for every match of every pattern in {@code text}'s normal form, in pattern order. */
    static void addPhrases(TaskText text, List<CueHit> hits, List<Pattern> patterns, Cue.Kind kind, Role role) {
        String normal = text.normal();
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(normal);
            while (m.find()) {
                int start = m.start();
                while (start < m.end() && !Character.isLetterOrDigit(normal.charAt(start))
                        && normal.charAt(start) != '+' && normal.charAt(start) != '?') {
                    start++; // a phrase anchored on a clause mark quotes from its first word
                }
                if (start == m.end()) {
                    continue;
                }
                int first = text.tokenAt(start), last = text.tokenAt(m.end() - 1);
                if (kind == Cue.Kind.JUDGES && text.tokens().get(last).equals("?")) {
                    last = Math.max(first, last - 1);
                }
                hits.add(new CueHit(kind, role, first, last));
            }
        }
    }
}
