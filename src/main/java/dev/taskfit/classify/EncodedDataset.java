package dev.taskfit.classify;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Examples already turned into feature indices and label ids, so that several training runs (a
 * hyperparameter search, then the final fit) share one pass of tokenisation.
 */
public record EncodedDataset(List<String> labels, int[][] features, int[] labelIds) {

    /** Encodes {@code examples} with the hashing and input format a model will use. */
    public static EncodedDataset encode(List<LabelledExample> examples, List<String> labels,
                                        FeatureHashing hashing, InputFormat format) {
        Map<String, Integer> ids = labels.stream()
                .collect(Collectors.toMap(Function.identity(), labels::indexOf));
        int[][] features = new int[examples.size()][];
        int[] labelIds = new int[examples.size()];
        FeatureBuffer buffer = new FeatureBuffer(4096);
        for (int i = 0; i < examples.size(); i++) {
            LabelledExample example = examples.get(i);
            Integer id = ids.get(example.label());
            if (id == null) {
                throw new IllegalArgumentException("label " + example.label() + " is not one of " + labels);
            }
            buffer.clear();
            format.extract(example.text(), hashing, buffer);
            features[i] = buffer.toArray();
            labelIds[i] = id;
        }
        return new EncodedDataset(List.copyOf(labels), features, labelIds);
    }

    public int size() {
        return labelIds.length;
    }
}
