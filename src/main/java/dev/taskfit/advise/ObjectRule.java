package dev.taskfit.advise;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pass "the output decides, not the verb" (guide 2.1): a producing verb whose object is a judgement ("generate a
 * relevance score", "write which scene each frame belongs to", "summarise each call as resolved or unresolved")
 * judges; one whose object is a system ("make something that sorts emails") says nothing by itself; a judging
 * verb whose object is a continuation or samples ("predict how a melody continues") produces. What an output is
 * for ("images for testing our detector") is not a step.
 */
final class ObjectRule {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Pattern OBJECT_CHECKED = LEXICON.pattern("object-checked");
    private static final Pattern JUDGEMENT_NOUN = LEXICON.pattern("judgement-noun");
    private static final Pattern PER_ITEM_NOUN = LEXICON.pattern("per-item-noun");
    private static final Set<String> PER_ITEM_AFTER = LEXICON.words("per-item-after");
    private static final Pattern CONTENT_NOUN = LEXICON.pattern("content-noun");
    private static final Pattern SYSTEM_NOUN = LEXICON.pattern("system-noun");
    private static final Pattern LEVEL_DETERMINER = LEXICON.pattern("level-determiner");
    private static final Pattern DRAWN_MARKS = LEXICON.pattern("drawn-marks");
    private static final Pattern CONTINUATION_CHECKED = LEXICON.pattern("continuation-checked");
    private static final Pattern CONTINUATION_VERB = LEXICON.pattern("continuation-verb");
    private static final Pattern CONTINUATION_WORD = LEXICON.pattern("continuation-word");
    private static final Pattern CONTINUATION_HEAD = LEXICON.pattern("continuation-head");
    private static final Pattern HYPOTHETICAL_WORD = LEXICON.pattern("hypothetical-word");
    private static final Pattern NEW_INPUT = LEXICON.pattern("new-input");
    private static final Set<String> QUESTION_WORDS = LEXICON.words("question-words");
    private static final Set<String> HOW_QUANTITY = LEXICON.words("how-quantity");
    private static final Set<String> CONTINUATION_END = LEXICON.words("continuation-end");
    private static final Set<String> CONTINUATION_BREAK = LEXICON.words("continuation-break");
    private static final Set<String> LIST_MARKS = LEXICON.words("list-marks");
    private static final Set<String> RELATIVE_PREPOSITION = LEXICON.words("relative-preposition");
    private static final Set<String> PREPOSITION = LEXICON.words("prepositions");
    private static final Set<String> OBJECT_END = LEXICON.words("object-end");
    private static final Pattern NOT_CLOSED_SET = LEXICON.pattern("not-closed-set");
    private static final Pattern PURPOSE = LEXICON.pattern("purpose");

    private enum HeadKind { JUDGEMENT, CONTENT, SYSTEM, NONE }

    private record ObjectHead(HeadKind kind, int token) {
    }

    private ObjectRule() {
    }

    /** Re-reads each one-word step by its object. */
    static void apply(TaskText text, List<CueHit> hits) {
        List<String> tokens = text.tokens();
        for (CueHit hit : hits) {
            if (!hit.oneWord()) {
                continue;
            }
            String verb = tokens.get(hit.first);
            boolean neutral = hit.role == CueHit.Role.NONE && hit.kind == Cue.Kind.PRODUCES;
            if (hit.role == CueHit.Role.PRODUCE && OBJECT_CHECKED.matcher(verb).matches() || neutral) {
                ObjectHead head = objectOf(text, hit.first, hits);
                switch (head.kind) {
                    case JUDGEMENT -> {
                        hit.kind = Cue.Kind.JUDGES;
                        hit.role = CueHit.Role.JUDGE;
                        hit.last = head.token;
                        hit.detail = "the output is a judgement, whatever the verb";
                        for (CueHit other : hits) { // "create a summary score": "summary" is a modifier
                            if (other != hit && other.role == CueHit.Role.PRODUCE && other.first > hit.first
                                    && other.last < head.token) {
                                other.state = CueHit.State.MODIFIER;
                            }
                        }
                    }
                    case SYSTEM -> hit.role = CueHit.Role.NONE;
                    case CONTENT -> {
                        if (neutral) {
                            hit.role = CueHit.Role.NONE;
                        }
                        for (CueHit other : hits) { // "write the claim decision letter": "decision" is a modifier
                            if (other != hit && other.role == CueHit.Role.JUDGE && other.first > hit.first
                                    && other.last <= head.token && other.oneWord()) {
                                other.state = CueHit.State.MODIFIER;
                            }
                        }
                    }
                    case NONE -> {
                        if (neutral) {
                            hit.role = CueHit.Role.NONE;
                        }
                    }
                }
            } else if (hit.role == CueHit.Role.JUDGE && CONTINUATION_CHECKED.matcher(verb).matches()
                    && (continuesContent(tokens, hit.first, CONTINUATION_VERB.matcher(verb).matches()
                    ? CONTINUATION_WORD : HYPOTHETICAL_WORD) || continuationPhraseFollows(tokens, hits, hit.first))) {
                hit.kind = Cue.Kind.PRODUCES;
                hit.role = CueHit.Role.PRODUCE;
                hit.detail = "the output is new content, whatever the verb";
            }
        }
    }

    /** "simulate galaxy images for testing our detection pipeline": what the output is for is not a step. */
    static void markPurposes(TaskText text, List<CueHit> hits) {
        Matcher m = PURPOSE.matcher(text.normal());
        while (m.find()) {
            int from = text.tokenAt(m.end() - 1) + 1;
            for (CueHit hit : hits) {
                if (hit.role == CueHit.Role.JUDGE && hit.first >= from && hit.first <= from + 3 && hit.oneWord()) {
                    hit.state = CueHit.State.MODIFIER;
                }
            }
        }
    }

    /** End (exclusive) of a verb's object: the clause mark, conjunction or width that comes first. */
    static int objectWindowEnd(List<String> tokens, int verb, int width) {
        int end = verb + 1;
        while (end < tokens.size() && end <= verb + width) {
            String t = tokens.get(end);
            if (CueHit.CLAUSE_MARKS.contains(t) || OBJECT_END.contains(t)) {
                break;
            }
            end++;
        }
        return end;
    }

    /** The head of the object after the verb at {@code verb}, within its clause (commas and slashes allowed). */
    private static ObjectHead objectOf(TaskText text, int verb, List<CueHit> hits) {
        List<String> tokens = text.tokens();
        int end = objectWindowEnd(tokens, verb, 7);
        String verbWord = tokens.get(verb);
        if (verbWord.startsWith("design") || verbWord.startsWith("paint")) {
            return new ObjectHead(HeadKind.CONTENT, end - 1); // "design a flag" makes one
        }
        for (CueHit hit : hits) { // "make a prediction of what the answer would look like"
            if (hit.kind == Cue.Kind.PRODUCES && hit.role == CueHit.Role.PRODUCE && !hit.oneWord()
                    && hit.first > verb && hit.first < end) {
                return new ObjectHead(HeadKind.CONTENT, hit.first);
            }
        }
        for (int j = verb + 1; j < end; j++) {
            boolean relative = j > verb + 1 && RELATIVE_PREPOSITION.contains(tokens.get(j - 1));
            if ((tokens.get(j).equals("which") || tokens.get(j).equals("whether")) && !relative) {
                return new ObjectHead(HeadKind.JUDGEMENT, j);
            }
        }
        for (int j = verb + 1; j < end; j++) {
            String t = tokens.get(j);
            if (CONTINUATION_WORD.matcher(t).matches() && CONTINUATION_HEAD.matcher(t).matches()) {
                return new ObjectHead(HeadKind.CONTENT, j);
            }
        }
        for (CueHit hit : hits) { // a closed set right after the verb ("as resolved or unresolved", "yes / no")
            if (hit.kind == Cue.Kind.JUDGES && hit.first > verb && hit.first < end && !hit.oneWord()
                    && !NOT_CLOSED_SET.matcher(tokens.get(hit.first)).matches()) {
                return new ObjectHead(HeadKind.JUDGEMENT, hit.last);
            }
        }
        for (int j = verb + 1; j < end; j++) {
            String t = tokens.get(j);
            if (PREPOSITION.contains(t)) {
                break; // "written by the model": what follows a preposition is not the object
            }
            HeadKind kind = nounKind(tokens, j);
            if (kind == HeadKind.NONE) {
                continue;
            }
            int head = j;
            while (head + 1 < end && nounKind(tokens, head + 1) != HeadKind.NONE) {
                head++; // the last noun of a compound is its head: "summary score", "alert email"
            }
            HeadKind headKind = nounKind(tokens, head);
            if (verbWord.startsWith("draw") && headKind == HeadKind.JUDGEMENT && !DRAWN_MARKS.matcher(tokens.get(head)).matches()) {
                headKind = HeadKind.CONTENT; // "draw a flag" makes one; "draw bounding boxes" marks objects
            }
            return new ObjectHead(headKind, head);
        }
        return new ObjectHead(HeadKind.NONE, verb);
    }

    private static HeadKind nounKind(List<String> tokens, int j) {
        String t = tokens.get(j);
        if (t.equals("level") && (j == 0 || LEVEL_DETERMINER.matcher(tokens.get(j - 1)).matches())) {
            return HeadKind.NONE; // "a level" of a game; "a difficulty level" is a judgement
        }
        if (JUDGEMENT_NOUN.matcher(t).matches()) {
            return HeadKind.JUDGEMENT;
        }
        if (PER_ITEM_NOUN.matcher(t).matches() && j + 1 < tokens.size() && PER_ITEM_AFTER.contains(tokens.get(j + 1))) {
            return HeadKind.JUDGEMENT; // "a number for each search hit"
        }
        if (CONTENT_NOUN.matcher(t).matches()) {
            return HeadKind.CONTENT;
        }
        if (SYSTEM_NOUN.matcher(t).matches()) {
            return j > 0 && tokens.get(j - 1).equals("3d") ? HeadKind.CONTENT : HeadKind.SYSTEM;
        }
        return HeadKind.NONE;
    }

    /** "predict the next line of code", "predict what the user will type next": a producing phrase is the object. */
    private static boolean continuationPhraseFollows(List<String> tokens, List<CueHit> hits, int verb) {
        for (CueHit other : hits) {
            if (other.kind == Cue.Kind.PRODUCES && other.role == CueHit.Role.PRODUCE && !other.oneWord()
                    && other.first > verb && other.first <= verb + 3
                    && tokens.subList(verb + 1, other.first).stream()
                    .noneMatch(t -> CueHit.CLAUSE_MARKS.contains(t) || CONTINUATION_BREAK.contains(t))) {
                return true;
            }
        }
        return false;
    }

    /** After "predict", "estimate" or "forecast": a continuation or samples; after "detect" or "guess": a hypothetical. */
    private static boolean continuesContent(List<String> tokens, int verb, Pattern words) {
        if (verb + 1 < tokens.size() && LIST_MARKS.contains(tokens.get(verb + 1))) {
            verb++; // "predict: how this song continues"
        }
        int end = verb + 1;
        while (end < tokens.size() && end <= verb + 10 && !CueHit.CLAUSE_MARKS.contains(tokens.get(end))
                && !CONTINUATION_END.contains(tokens.get(end))) {
            end++;
        }
        for (int j = verb + 1; j < end; j++) {
            String t = tokens.get(j);
            if (QUESTION_WORDS.contains(t) && !(t.equals("how") && j + 1 < end && !HOW_QUANTITY.contains(tokens.get(j + 1)))) {
                return false;
            }
            if (words.matcher(t).matches()) {
                return !(t.equals("new") && j + 1 < end && NEW_INPUT.matcher(tokens.get(j + 1)).matches());
            }
        }
        return false;
    }
}
