package dev.taskfit.advise;

import dev.taskfit.api.ProblemException;
import dev.taskfit.generate.GenerateService;
import dev.taskfit.generate.Generation;
import dev.taskfit.generate.GenerationRequest;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the configured LLM which family a task needs, with the guidance the advisor follows in its instructions. The
 * call is the generate function's, with no fallback: bounded by {@code taskfit.generate.timeout} and behind the same
 * circuit breaker; a failure becomes the reason there is no second opinion, never an error of the advice.
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

    private final GenerateService generator;

    public LlmSecondOpinion(GenerateService generator) {
        this.generator = generator;
    }

    /** The LLM's family for {@code task}, compared with the advisor's {@code advised} family. */
    public SecondOpinion ask(String task, Family advised) {
        Generation answer;
        try {
            answer = generator.generate(new GenerationRequest(task, INSTRUCTIONS, 60, 0.0, 0L),
                    GenerateService.Choice.LLM).generation();
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
