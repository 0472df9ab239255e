package dev.taskfit.advise;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Pass "what is judged" (guide 2.1-2.13): words and phrases that ask for a label, score, decision, ranking or
 * detection about inputs that exist, and which of them only name a topic ("a risk", "likely").
 */
final class JudgedSteps {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Pattern WORD = LEXICON.pattern("judge-word");
    private static final List<Pattern> PHRASES = LEXICON.patterns("judge-phrases");
    private static final Pattern WEAK = LEXICON.pattern("weak-judge");

    private JudgedSteps() {
    }

    /** Whether token {@code i} is a judging word ("sort of" and "box score" are not). */
    static boolean isWord(List<String> tokens, int i) {
        String token = tokens.get(i);
        return WORD.matcher(token).matches() && !isSortOf(tokens, i) && !isBoxScore(tokens, i);
    }

    /** Adds the judging phrases: closed sets of answers, yes/no questions, "which of", "whether", likelihoods. */
    static void addPhrases(TaskText text, List<CueHit> hits) {
        CueHit.addPhrases(text, hits, PHRASES, Cue.Kind.JUDGES, CueHit.Role.JUDGE);
    }

    /** A judging word that names a topic rather than states a step ("a risk", "likely", "the credit decision"). */
    static boolean isWeak(String token) {
        return WEAK.matcher(token).matches();
    }

    private static boolean isSortOf(List<String> tokens, int i) {
        return tokens.get(i).equals("sort") && i + 1 < tokens.size() && tokens.get(i + 1).equals("of");
    }

    private static boolean isBoxScore(List<String> tokens, int i) {
        return tokens.get(i).equals("score") && i > 0 && tokens.get(i - 1).equals("box");
    }
}
