package dev.taskfit.advise;

import dev.taskfit.api.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the configured LLM which family a task needs, with the guidance the advisor follows in its instructions. The
 * LLM is reached through {@link Llm}, which advise owns and route implements over the generate function (so advise
 * imports nothing of generate); the call has no fallback, and is bounded by {@code taskfit.generate.timeout} and
 * behind the generate function's circuit breaker; a failure becomes the reason there is no second opinion, never an error of the advice.
 */
@ApplicationScoped
public class LlmSecondOpinion {

    /** The guidance, in the words the LLM is asked to answer by. */
    static final String INSTRUCTIONS = """
            You decide which model family fits a machine-learning task described by a user.
            discriminative: the task asks for a label, a score or a decision about inputs that already exist \
            (classify, detect, flag, rank, predict a value). A discriminative model learns the boundary between \
            the answers; for such tasks it is cheaper, faster and usually more accurate, and it needs labelled examples.
            generative: the task asks for new content, or for the shape of the data itself (write, draw, compose, \
            continue, simulate, synthesise). A generative model learns how the data is distributed and samples more of it.
            composite: the task needs both in sequence, usually generating candidates and then judging or filtering them.
            A large generative model used only to flag spam is the wrong tool; a classifier cannot write copy.
            Answer with one word, discriminative, generative or composite, then one sentence saying why.""";

    private static final Pattern FAMILY = Pattern.compile("\\b(discriminative|generative|composite)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The configured LLM, as a second opinion needs it: one answer, or a {@link ProblemException} saying why not. */
    public interface Llm {

        /** The LLM's answer to {@code task} under {@code instructions}, at most {@code maxTokens} tokens, temperature 0. */
        Answer ask(String task, String instructions, int maxTokens);
    }

    /** What the LLM answered, and who answered ({@code <provider>:<model>}). */
    public record Answer(String text, String model) {
    }

    private final Llm llm;

    public LlmSecondOpinion(Llm llm) {
        this.llm = llm;
    }

    /** The LLM's family for {@code task}, compared with the advisor's {@code advised} family. */
    public SecondOpinion ask(String task, Family advised) {
        Answer answer;
        try {
            answer = llm.ask(task, INSTRUCTIONS, 60);
        } catch (ProblemException e) { // the LLM is not configured or failed: the problem's detail says why
            return SecondOpinion.unavailable(e.problem().detail());
        }
        String text = answer.text().strip();
        String shown = text.length() <= SecondOpinion.MAX_ANSWER_CHARS ? text
                : text.substring(0, SecondOpinion.MAX_ANSWER_CHARS - 1) + "…";
        Matcher named = FAMILY.matcher(text);
        if (!named.find()) {
            return new SecondOpinion(null, null, answer.model(), shown, null);
        }
        Family family = Family.valueOf(named.group(1).toUpperCase(Locale.ROOT));
        return new SecondOpinion(family, family == advised, answer.model(), shown, null);
    }
}
