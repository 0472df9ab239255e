package dev.taskfit.route;

import dev.taskfit.advise.LlmSecondOpinion;
import dev.taskfit.generate.GenerateService;
import dev.taskfit.generate.GeneratorAnswer;
import dev.taskfit.generate.GenerationSpec;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The advisor's second opinion asked of the generate function's LLM, with no fallback: route is where advise and
 * generate meet, so neither imports the other.
 */
@ApplicationScoped
public class GeneratedSecondOpinion implements LlmSecondOpinion.Llm {

    private final GenerateService generator;

    public GeneratedSecondOpinion(GenerateService generator) {
        this.generator = generator;
    }

    @Override
    public LlmSecondOpinion.Answer ask(String task, String instructions, int maxTokens) {
        GeneratorAnswer answer = generator.generate(new GenerationSpec(task, instructions, maxTokens, 0.0, 0L),
                GenerateService.Choice.LLM).generation();
        return new LlmSecondOpinion.Answer(answer.text(), answer.model());
    }
}
