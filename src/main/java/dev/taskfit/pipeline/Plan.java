package dev.taskfit.pipeline;

import dev.taskfit.generate.GenerateService;
import dev.taskfit.generate.GenerationSpec;

import java.time.Duration;
import java.util.List;

/**
 * A pipeline request, checked and with its defaults filled in: what each candidate is generated from (the request's
 * seed in {@code generation}), who generates it, how many candidates at most, how many accepted are enough, the
 * filters, and the deadline.
 */
public record Plan(GenerationSpec generation, GenerateService.Choice choice, int candidates, int want,
                   List<Filter> filters, Duration deadline) {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    public Plan {
        filters = List.copyOf(filters);
        if (candidates < 1 || want < 1 || want > candidates || filters.isEmpty() || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("a plan needs 1 <= want <= candidates, a filter and a positive deadline");
        }
    }

    /** The request seed the candidates' seeds derive from. */
    public long seed() {
        return generation.seed();
    }

    /** The generation request for candidate {@code index}, with its own seed. */
    GenerationSpec candidate(int index) {
        GenerationSpec g = generation;
        return new GenerationSpec(g.prompt(), g.system(), g.maxTokens(), g.temperature(), candidateSeed(g.seed(), index));
    }

    /**
     * Candidate {@code index}'s seed: SplitMix64's finaliser over the request seed stepped by the golden gamma, a
     * bijection of {@code seed + index * gamma}, so the candidates of one request never share a seed.
     */
    static long candidateSeed(long seed, int index) {
        long z = seed + (index + 1L) * GOLDEN_GAMMA;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
