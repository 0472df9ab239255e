package dev.taskfit.advise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pass "tools of the wrong family" (guide 2.3): a tool of one family asked to do the other family's work ("use
 * an LLM to flag spam", "a classifier to write ad copy"); its own words then do not count. A generative tool's
 * name is itself a producing hit.
 */
final class WrongFamilyTools {

    private static final CueLexicon LEXICON = CueLexicon.SHIPPED;
    private static final Pattern GENERATIVE_TOOL = LEXICON.pattern("generative-tool");
    private static final Pattern DISCRIMINATIVE_TOOL = LEXICON.pattern("discriminative-tool");
    private static final Set<String> LEFT_STOP = LEXICON.words("tool-left-stop");
    private static final Set<String> OWN_JOB_TOO = LEXICON.words("own-job-too");
    private static final Set<String> DETERMINERS = LEXICON.words("tool-determiners");
    private static final Set<String> ACTION_BREAK = LEXICON.words("tool-action-break");

    /** A tool's tokens {@code first..last} and its family. */
    private record Tool(int first, int last, boolean generative) {
    }

    private WrongFamilyTools() {
    }

    /** Marks misused tools' words and adds a {@link Cue.Kind#WRONG_FAMILY} cue to {@code extra} for each. */
    static void find(TaskText text, List<CueHit> hits, List<Cue> extra) {
        List<String> tokens = text.tokens();
        List<Tool> tools = new ArrayList<>();
        for (boolean generative : new boolean[] {false, true}) {
            Matcher m = (generative ? GENERATIVE_TOOL : DISCRIMINATIVE_TOOL).matcher(text.normal());
            while (m.find()) {
                int first = text.tokenAt(m.start()), last = text.tokenAt(m.end() - 1);
                if (first == last && first > 0 && tokens.get(first - 1).equals("to")) {
                    continue; // "an LLM to filter spam": a verb, not a tool
                }
                while (first > 0 && last - first < 4 && !LEFT_STOP.contains(tokens.get(first - 1))
                        && !CueHit.CLAUSE_MARKS.contains(tokens.get(first - 1)) && !startsHit(hits, first - 1)) {
                    first--; // "use [a ResNet image classifier]"
                }
                tools.add(new Tool(first, last, generative));
                if (generative) {
                    hits.add(new CueHit(Cue.Kind.PRODUCES, CueHit.Role.PRODUCE, text.tokenAt(m.start()), last));
                }
            }
        }
        tools.sort(Comparator.comparingInt(Tool::first));
        for (int t = 0; t < tools.size(); t++) {
            Tool tool = tools.get(t);
            int nextTool = Integer.MAX_VALUE;
            for (int u = t + 1; u < tools.size() && nextTool == Integer.MAX_VALUE; u++) {
                if (tools.get(u).first() > tool.last()) {
                    nextTool = tools.get(u).first();
                }
            }
            CueHit action = action(tokens, hits, tool.last(), nextTool);
            boolean provenance = tool.last() + 1 < tokens.size()
                    && ProducedSteps.isParticiple(tokens.get(tool.last() + 1)); // "LLM-generated answers"
            if (action == null || provenance) {
                continue;
            }
            boolean misused = tool.generative() ? action.role == CueHit.Role.JUDGE : action.role == CueHit.Role.PRODUCE;
            if (!misused) {
                continue;
            }
            // "can our spam classifier also write the newsletter": it keeps its own job as well
            boolean alsoOwnJob = tokens.subList(tool.last() + 1, action.first).stream().anyMatch(OWN_JOB_TOO::contains);
            for (CueHit hit : hits) {
                if (hit.first >= tool.first() && hit.last <= tool.last() && !alsoOwnJob) {
                    hit.state = CueHit.State.MISUSED_TOOL;
                }
            }
            int quoteFrom = tool.first() > 0 && DETERMINERS.contains(tokens.get(tool.first() - 1))
                    ? tool.first() - 1 : tool.first(); // "an LLM to flag", not "LLM to flag"
            extra.add(new Cue(Cue.Kind.WRONG_FAMILY, text.quote(quoteFrom, action.last),
                    tool.generative() ? Family.DISCRIMINATIVE.label() : Family.GENERATIVE.label(),
                    text.originalStart(quoteFrom)));
        }
    }

    private static boolean startsHit(List<CueHit> hits, int token) {
        for (CueHit hit : hits) {
            if (hit.first == token && hit.role != CueHit.Role.NONE) {
                return true;
            }
        }
        return false;
    }

    /** The first judging or producing step within 8 tokens after a tool, unless another tool or step comes first. */
    private static CueHit action(List<String> tokens, List<CueHit> hits, int toolLast, int nextTool) {
        int end = Math.min(tokens.size(), toolLast + 9);
        for (int j = toolLast + 1; j < end; j++) {
            if (j >= nextTool) { // "a chat LLM as our spam filter": the tool is used as the other one
                boolean as = tokens.subList(toolLast + 1, nextTool).contains("as");
                return as ? new CueHit(Cue.Kind.JUDGES, CueHit.Role.JUDGE, nextTool, nextTool) : null;
            }
            if (ACTION_BREAK.contains(tokens.get(j))) {
                return null;
            }
            for (CueHit hit : hits) {
                if (hit.first == j && hit.role != CueHit.Role.NONE && hit.state == CueHit.State.COUNTED) {
                    boolean passive = hit.last + 1 < tokens.size() && tokens.get(hit.last + 1).equals("by");
                    if (hit.kind == Cue.Kind.SEQUENCE || passive) {
                        return null;
                    }
                    return hit;
                }
            }
        }
        return null;
    }
}
