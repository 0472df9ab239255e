package dev.taskfit.pipeline;

import dev.taskfit.pipeline.FilterSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random, valid n-gram pipeline requests from a seeded {@link Random}, so a failing case can be replayed. */
final class RandomPipelineRequests {

    private static final String[] PROMPTS = {
            "The history of the United States", "Call me Ishmael.", "Our new espresso machine", "We the people",
            "The whale", "It was a bright cold day and", "This product is", "Congress shall", "Subject: free offer",
            "I loved every minute of", "The worst film I have ever", "Dear customer, thank you for",
            "In the year of our Lord", "Click here to win", "The sea was calm and"};
    private static final String[][] LABELS = {{"spam", "ham"}, {"sentiment", "positive", "negative"}};

    private final Random random;

    RandomPipelineRequests(long seed) {
        this.random = new Random(seed);
    }

    PipelineRequest next(int maxCandidates) {
        int candidates = 1 + random.nextInt(maxCandidates);
        String prompt = PROMPTS[random.nextInt(PROMPTS.length)];
        double temperature = random.nextInt(8) == 0 ? 0 : Math.round((0.3 + random.nextDouble() * 1.2) * 100) / 100.0;
        List<FilterSpec> filters = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            filters.add(filter());
        }
        return new PipelineRequest(prompt, null, 4 + random.nextInt(37), temperature, random.nextLong(), "ngram",
                candidates, 1 + random.nextInt(candidates), filters, null);
    }

    private FilterSpec filter() {
        String[] model = LABELS[random.nextInt(LABELS.length)];
        List<String> labels = new ArrayList<>();
        for (int i = 1; i < model.length; i++) {
            if (random.nextBoolean()) {
                labels.add(model[i]);
            }
        }
        if (labels.isEmpty()) {
            labels.add(model[1 + random.nextInt(model.length - 1)]);
        }
        Double min = switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> 0.0;
            default -> Math.round((0.5 + random.nextDouble() * 0.49) * 100) / 100.0;
        };
        return random.nextBoolean()
                ? new FilterSpec(model[0], labels, null, min)
                : new FilterSpec(model[0], null, labels, min);
    }
}
