package dev.taskfit.generate;

/** The generative port: continues or answers a prompt. Adapters: the local n-gram model and an LLM. */
public interface Generator {

    /**
     * Generates text for the request.
     *
     * @throws LlmFailure when an LLM adapter cannot answer (the n-gram adapter always answers)
     */
    GeneratorAnswer generate(GenerationSpec request);
}
