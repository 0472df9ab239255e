package dev.taskfit.classify;

import java.util.List;

/** Twenty one-line reviews, separable by their words, and the small model trained on them. */
final class TinySentiment {

    static final List<String> LABELS = List.of("negative", "positive");

    static final List<LabelledText> EXAMPLES = List.of(
            new LabelledText("a wonderful film, I loved it", "positive"),
            new LabelledText("brilliant acting and a moving story", "positive"),
            new LabelledText("great fun from start to finish", "positive"),
            new LabelledText("superb, touching and beautifully shot", "positive"),
            new LabelledText("one of the best movies this year!", "positive"),
            new LabelledText("delightful cast, lovely music", "positive"),
            new LabelledText("an excellent and charming comedy", "positive"),
            new LabelledText("I enjoyed every minute, wonderful", "positive"),
            new LabelledText("a masterpiece, truly great", "positive"),
            new LabelledText("warm, funny and brilliant", "positive"),
            new LabelledText("a terrible film, I hated it", "negative"),
            new LabelledText("awful acting and a boring story", "negative"),
            new LabelledText("dull from start to finish", "negative"),
            new LabelledText("poorly written, badly shot and far too long", "negative"),
            new LabelledText("one of the worst movies this year!", "negative"),
            new LabelledText("a waste of time and money", "negative"),
            new LabelledText("a stupid and tedious comedy", "negative"),
            new LabelledText("I was bored every minute, awful", "negative"),
            new LabelledText("a disaster, truly terrible", "negative"),
            new LabelledText("cold, unfunny and boring", "negative"));

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
