package dev.taskfit.advise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pass "negation" (guide 2.2): words in a negation's scope do not count. "Not just X, also Y" is additive and
 * "no raw output" asks for a check, so both are sequence cues instead; a negation may also point back ("ranking
 * is not part of it", "classify... no, actually") or be a suffix ("classify-free").
 */
final class Negation {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Set<String> NEGATORS = LEXICON.words("negators");
    private static final Set<String> ADDITIVE = LEXICON.words("additive");
    private static final Set<String> UNCHECKED = LEXICON.words("unchecked");
    private static final Set<String> SCOPE_END = LEXICON.words("scope-end");
    private static final Set<String> NO_AFTER = LEXICON.words("no-after");
    private static final Set<String> NO_RETRACTED = LEXICON.words("no-retracted");
    private static final Set<String> PAST_SUBJECT = LEXICON.words("past-subject");
    private static final Set<String> COPULA = LEXICON.words("copula");
    private static final Set<String> NOT_WANTED = LEXICON.words("not-wanted");
    private static final List<Pattern> BACKWARD = LEXICON.patterns("backward-negations");
    private static final Pattern RETRACTION = LEXICON.pattern("retraction");

    /** A negation: the negator's token and the tokens {@code first..last} it negates. */
    private record Scope(int negator, int first, int last) {
    }

    private Negation() {
    }

    /** Sets aside the hits in every negation's scope and adds a {@link Cue.Kind#NEGATION} cue for each. */
    static void apply(TaskText text, List<CueHit> hits, List<Cue> extra) {
        List<Scope> scopes = forwardScopes(text, extra);
        backwardScopes(text, scopes);
        for (Scope scope : scopes) {
            int lastNegated = -1;
            CueHit.Role negatedRole = CueHit.Role.NONE;
            for (CueHit hit : hits) {
                if (hit.first >= scope.first() && hit.first <= scope.last() && hit.state == CueHit.State.COUNTED) {
                    hit.state = CueHit.State.NEGATED;
                    if (hit.role != CueHit.Role.NONE) {
                        lastNegated = Math.max(lastNegated, hit.last);
                        negatedRole = negatedRole == CueHit.Role.NONE ? hit.role : negatedRole;
                    }
                }
            }
            if (lastNegated >= 0) {
                int from = Math.min(scope.negator(), scope.first()), to = Math.max(scope.negator(), lastNegated);
                extra.add(new Cue(Cue.Kind.NEGATION, text.quote(from, to),
                        negatedRole == CueHit.Role.JUDGE ? Family.DISCRIMINATIVE.label() : Family.GENERATIVE.label(),
                        text.originalStart(from)));
            }
        }
    }

    /** Negators and the words after them up to the clause's end; additive and "no raw" ones become sequence cues. */
    private static List<Scope> forwardScopes(TaskText text, List<Cue> extra) {
        List<String> tokens = text.tokens();
        List<Scope> scopes = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNegator(tokens, i)) {
                continue;
            }
            if (isAdditive(tokens, i)) {
                extra.add(new Cue(Cue.Kind.SEQUENCE, text.quote(i, Math.min(i + 1, tokens.size() - 1)), null,
                        text.originalStart(i)));
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && end <= i + 10 && !CueHit.CLAUSE_MARKS.contains(tokens.get(end))
                    && !SCOPE_END.contains(tokens.get(end))) {
                end++;
            }
            if (end == i + 1 || tokens.subList(i + 1, end).stream().anyMatch(UNCHECKED::contains)) {
                if (end > i + 1) {
                    extra.add(new Cue(Cue.Kind.SEQUENCE, text.quote(i, end - 1), null, text.originalStart(i)));
                }
                continue;
            }
            if (tokens.get(i).equals("not") && i > 0 && COPULA.contains(tokens.get(i - 1)) && i + 1 < tokens.size()
                    && NOT_WANTED.contains(tokens.get(i + 1))) {
                continue; // "ranking is not part of it": a backward negation
            }
            scopes.add(new Scope(i, i + 1, end - 1));
        }
        return scopes;
    }

    private static boolean isNegator(List<String> tokens, int i) {
        String t = tokens.get(i);
        return NEGATORS.contains(t) && !(t.equals("rather") && !nextIs(tokens, i, "than"))
                && !(t.equals("instead") && !nextIs(tokens, i, "of"))
                || t.equals("no") && !(i > 0 && NO_AFTER.contains(tokens.get(i - 1))) && i + 1 < tokens.size()
                && !CueHit.CLAUSE_MARKS.contains(tokens.get(i + 1)) && !NO_RETRACTED.contains(tokens.get(i + 1))
                || t.equals("past") && i > 0 && PAST_SUBJECT.contains(tokens.get(i - 1));
    }

    /** Negations that point back: to the clause before ("is not needed"), or to the text's start ("no, actually"). */
    private static void backwardScopes(TaskText text, List<Scope> scopes) {
        List<String> tokens = text.tokens();
        for (Pattern backward : BACKWARD) {
            Matcher m = backward.matcher(text.normal());
            while (m.find()) {
                int at = text.tokenAt(m.start());
                if (tokens.get(at).equals("?")) {
                    at++;
                }
                if (m.group().endsWith(" free")) { // "classify-free": the word before is negated
                    scopes.add(new Scope(at + 1, at, at));
                    continue;
                }
                boolean toTextStart = RETRACTION.matcher(m.group()).matches();
                int first = at - 1;
                while (first > 0 && (toTextStart || !CueHit.CLAUSE_MARKS.contains(tokens.get(first - 1))
                        || first == at - 1 && tokens.get(at - 1).equals("?"))) {
                    first--;
                }
                if (first <= at - 1) {
                    scopes.add(new Scope(at, Math.max(0, first), at - 1));
                }
            }
        }
    }

    private static boolean nextIs(List<String> tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.get(i + 1).equals(word);
    }

    private static boolean isAdditive(List<String> tokens, int i) {
        for (int j = i + 1; j <= Math.min(i + 3, tokens.size() - 1); j++) {
            if (ADDITIVE.contains(tokens.get(j))) {
                return true;
            }
        }
        return i > 0 && tokens.get(i - 1).equals("alone") || i > 1 && tokens.get(i - 2).equals("alone");
    }
}
