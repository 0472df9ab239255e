package dev.taskfit.advise;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cues that explain but do not vote: the data's modality, the shipped classifier a task points to (spam,
 * sentiment), labelled data it mentions, and volume, latency or cost constraints.
 */
final class ContextCues {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    /** By modality, in file order: on a tie the first wins. */
    private static final Map<String, Pattern> MODALITIES = LEXICON.patternsByName("modality.");
    private static final Pattern SPAM_HINT = LEXICON.pattern("spam-hint");
    private static final Pattern SENTIMENT_HINT = LEXICON.pattern("sentiment-hint");
    private static final Set<String> SENTIMENT_NAMED = LEXICON.words("sentiment-named");
    private static final Pattern DATA = LEXICON.pattern("labelled-data");
    private static final Pattern CONSTRAINT = LEXICON.pattern("constraints");

    private ContextCues() {
    }

    /** Adds a cue for every mention of labelled data, then of a constraint. */
    static void addDataAndConstraints(TaskText text, List<Cue> cues) {
        addMatches(text, cues, DATA, Cue.Kind.DATA);
        addMatches(text, cues, CONSTRAINT, Cue.Kind.CONSTRAINT);
    }

    private static void addMatches(TaskText text, List<Cue> cues, Pattern pattern, Cue.Kind kind) {
        Matcher m = pattern.matcher(text.normal());
        while (m.find()) {
            int from = text.tokenAt(m.start()), to = text.tokenAt(m.end() - 1);
            cues.add(new Cue(kind, text.quote(from, to), null, text.originalStart(from)));
        }
    }

    /** The modality named most often ("text" if none), with a cue quoting its first mention. */
    static String modality(TaskText text, List<Cue> cues) {
        String best = "text";
        int bestCount = 0;
        Matcher bestMatch = null;
        for (Map.Entry<String, Pattern> entry : MODALITIES.entrySet()) {
            Matcher m = entry.getValue().matcher(text.normal());
            int count = 0;
            Matcher first = null;
            while (m.find()) {
                if (first == null) {
                    first = entry.getValue().matcher(text.normal());
                    first.find(m.start());
                }
                count++;
            }
            if (count > bestCount) {
                best = entry.getKey();
                bestCount = count;
                bestMatch = first;
            }
        }
        if (bestMatch != null) {
            int from = text.tokenAt(bestMatch.start()), to = text.tokenAt(bestMatch.end() - 1);
            cues.add(new Cue(Cue.Kind.MODALITY, text.quote(from, to), best, text.originalStart(from)));
        }
        return best;
    }

    /**
     * The shipped classifier the task points to, or null: sentiment when it is named outright ("sentiment",
     * "polarity") or is the only hint, otherwise spam.
     */
    static String modelHint(TaskText text, List<Cue> cues) {
        Matcher spam = SPAM_HINT.matcher(text.normal()), sentiment = SENTIMENT_HINT.matcher(text.normal());
        boolean isSpam = spam.find(), isSentiment = sentiment.find();
        if (!isSpam && !isSentiment) {
            return null;
        }
        boolean spamWins = isSpam && (!isSentiment || !SENTIMENT_NAMED.contains(sentiment.group()));
        Matcher m = spamWins ? spam : sentiment;
        int from = text.tokenAt(m.start()), to = text.tokenAt(m.end() - 1);
        String name = spamWins ? "spam" : "sentiment";
        cues.add(new Cue(Cue.Kind.MODEL_HINT, text.quote(from, to), name, text.originalStart(from)));
        return name;
    }
}
