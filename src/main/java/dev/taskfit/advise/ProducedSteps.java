package dev.taskfit.advise;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pass "what is produced" (guide 2.4, 2.8-2.12): words and phrases that ask for new content, samples,
 * continuations or completions; which of them are verbs, participles or only describe content.
 */
final class ProducedSteps {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Pattern WORD = LEXICON.pattern("produce-word");
    private static final List<Pattern> PHRASES = LEXICON.patterns("produce-phrases");
    private static final Pattern NEUTRAL_VERB = LEXICON.pattern("neutral-verb");
    private static final Pattern STRONG_NOUN = LEXICON.pattern("strong-produce-noun");
    private static final Pattern VERB_FORM = LEXICON.pattern("produce-verb-form");
    private static final Pattern PARTICIPLE = LEXICON.pattern("participle");
    private static final Pattern INPUT_NOUN = LEXICON.pattern("input-noun");
    private static final Set<String> READ_FROM = LEXICON.words("read-from");

    private ProducedSteps() {
    }

    /** Whether token {@code i} is a producing word ("make sure" is not; "from its description" is an input). */
    static boolean isWord(List<String> tokens, int i) {
        return WORD.matcher(tokens.get(i)).matches() && !isMakeSure(tokens, i) && !isInputNoun(tokens, i);
    }

    /** Verbs that say nothing until their object does ("give me a score per essay"). */
    static boolean isNeutralVerb(String token) {
        return NEUTRAL_VERB.matcher(token).matches();
    }

    /** Adds the producing phrases ("come up with", "fill in the gaps", "what comes next"). */
    static void addPhrases(TaskText text, List<CueHit> hits) {
        CueHit.addPhrases(text, hits, PHRASES, Cue.Kind.PRODUCES, CueHit.Role.PRODUCE);
    }

    /** A producing word that is a step: a verb, or a noun that names a generator or a generation task. */
    static boolean isStep(String token) {
        return isVerb(token) || STRONG_NOUN.matcher(token).matches();
    }

    /** A producing word that is a verb (so the others are nouns and adjectives). */
    static boolean isVerb(String token) {
        return VERB_FORM.matcher(token).matches();
    }

    /** A producing verb form that is a participle ("AI-written"): it may describe content that exists. */
    static boolean isParticiple(String token) {
        return PARTICIPLE.matcher(token).matches();
    }

    private static boolean isMakeSure(List<String> tokens, int i) {
        return tokens.get(i).startsWith("mak") && i + 1 < tokens.size() && tokens.get(i + 1).equals("sure");
    }

    /** A content noun read from ("predict story points from its title and description") is an input. */
    private static boolean isInputNoun(List<String> tokens, int i) {
        if (!INPUT_NOUN.matcher(tokens.get(i)).matches()) {
            return false;
        }
        for (int j = Math.max(0, i - 4); j < i; j++) {
            if (READ_FROM.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }
}
