package dev.taskfit.advise;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every answer explains itself in the task's own words: no reason is canned text unrelated to the input. */
class ReasonsQuoteTheTaskTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    private static List<String> everyTask() {
        List<String> tasks = new ArrayList<>();
        AdvisorData.tasks().forEach(t -> tasks.add(t.task()));
        AdvisorData.invariance().forEach(g -> g.members().forEach(m -> tasks.add(m.task())));
        return tasks;
    }

    private static boolean quotesTask(String reason, String task) {
        Matcher m = QUOTED.matcher(reason);
        while (m.find()) {
            if (task.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyAnswerHasAReasonQuotingTheTask() {
        Advisor advisor = new Advisor(AdvisorData.advisor());
        for (String task : everyTask()) {
            Recommendation advice = advisor.advise(task);
            assertTrue(advice.reasons().stream().anyMatch(r -> quotesTask(r, task)), () -> task + " -> " + advice.reasons());
        }
    }

    @Test
    void everyReasonQuotesTheTask() {
        Advisor advisor = new Advisor(AdvisorData.advisor());
        for (String task : everyTask()) {
            for (String reason : advisor.advise(task).reasons()) {
                assertTrue(quotesTask(reason, task), () -> task + " -> " + reason);
            }
        }
    }

    @Test
    void everyCueIsTheTasksOwnWords() {
        for (String task : everyTask()) {
            for (Cue cue : TaskCues.read(task).cues()) {
                assertTrue(task.contains(cue.text()), () -> task + " -> " + cue);
            }
        }
    }

    @Test
    void theDecidingCueIsQuotedWhenTheCuesDecide() {
        Advisor advisor = new Advisor(AdvisorData.advisor());
        for (String task : everyTask()) {
            AdvisorModel.Decision decision = AdvisorData.advisor().decide(task);
            if (decision.cues().verdict() == decision.family()) {
                List<Cue> deciding = new ArrayList<>(decision.cues().judging());
                deciding.addAll(decision.cues().producing());
                String first = advisor.advise(task).reasons().get(0);
                assertTrue(deciding.stream().anyMatch(c -> first.contains("\"" + c.text() + "\"")), () -> task + " -> " + first);
            }
        }
    }
}
