package dev.taskfit.classify;

import java.util.List;

/** Twenty one-line reviews, separable by their words, and the small model trained on them. */
final class TinySentiment {

    static final List<String> LABELS = List.of("negative", "positive");

    static final List<LabelledExample> EXAMPLES = List.of(
            new LabelledExample("a wonderful film, I loved it", "positive"),
            new LabelledExample("brilliant acting and a moving story", "positive"),
            new LabelledExample("great fun from start to finish", "positive"),
            new LabelledExample("superb, touching and beautifully shot", "positive"),
            new LabelledExample("one of the best movies this year!", "positive"),
            new LabelledExample("delightful cast, lovely music", "positive"),
            new LabelledExample("an excellent and charming comedy", "positive"),
            new LabelledExample("I enjoyed every minute, wonderful", "positive"),
            new LabelledExample("a masterpiece, truly great", "positive"),
            new LabelledExample("warm, funny and brilliant", "positive"),
            new LabelledExample("a terrible film, I hated it", "negative"),
            new LabelledExample("awful acting and a boring story", "negative"),
            new LabelledExample("dull from start to finish", "negative"),
            new LabelledExample("poorly written, badly shot and far too long", "negative"),
            new LabelledExample("one of the worst movies this year!", "negative"),
            new LabelledExample("a waste of time and money", "negative"),
            new LabelledExample("a stupid and tedious comedy", "negative"),
            new LabelledExample("I was bored every minute, awful", "negative"),
            new LabelledExample("a disaster, truly terrible", "negative"),
            new LabelledExample("cold, unfunny and boring", "negative"));

    static final FeatureHashing HASHING = new FeatureHashing(1 << 12, 2);

    private TinySentiment() {
    }

    static EncodedDataset encoded() {
        return EncodedDataset.encode(EXAMPLES, LABELS, HASHING, InputFormat.PLAIN);
    }

    static TrainingOptions options(long seed) {
        return new TrainingOptions(HASHING, 20, 0.2, 0, seed);
    }

    /** The model trained on {@link #EXAMPLES} with the given shuffle seed. */
    static LinearClassifier model(long seed) {
        return ClassifierTrainer.train(encoded(), null, InputFormat.PLAIN, options(seed), ClassifierTrainer.Progress.SILENT);
    }
}
