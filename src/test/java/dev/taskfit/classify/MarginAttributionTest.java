package dev.taskfit.classify;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explanations are exact: the spans' contributions add up to the margin the classifier scores, and quote the input. */
class MarginAttributionTest {

    private static final List<LabelledExample> THREE_LABELS = List.of(
            new LabelledExample("where is my parcel, still not delivered", "delivery"),
            new LabelledExample("tracking shows no movement for my order", "delivery"),
            new LabelledExample("please refund the charge on my card", "refund"),
            new LabelledExample("I want my money back for the broken kettle", "refund"),
            new LabelledExample("how do I change my password", "account"),
            new LabelledExample("cannot log in to my account since monday", "account"));

    /** Models of every feature kind, weighting and label count, and one with so few buckets that features collide. */
    private static List<LinearClassifier> models() {
        List<LinearClassifier> models = new ArrayList<>();
        for (FeatureHashing hashing : List.of(new FeatureHashing(1 << 12, 1), new FeatureHashing(1 << 12, 2),
                new FeatureHashing(1 << 12, 3, 5), new FeatureHashing(16, 2, 4))) {
            for (FeatureWeighting weighting : FeatureWeighting.values()) {
                TrainingOptions options = new TrainingOptions(hashing, weighting, 15, 0.2, 1e-6, 7);
                models.add(ClassifierTrainer.calibrate(ClassifierTrainer.train(
                        EncodedDataset.encode(TinySentiment.EXAMPLES, TinySentiment.LABELS, hashing, InputFormat.PLAIN),
                        null, InputFormat.PLAIN, options, ClassifierTrainer.Progress.SILENT),
                        EncodedDataset.encode(TinySentiment.EXAMPLES.subList(0, 20), TinySentiment.LABELS, hashing,
                                InputFormat.PLAIN)));
                List<String> labels = List.of("account", "delivery", "refund");
                models.add(ClassifierTrainer.train(EncodedDataset.encode(THREE_LABELS, labels, hashing, InputFormat.PLAIN),
                        null, InputFormat.PLAIN, options, ClassifierTrainer.Progress.SILENT).withTemperature(1.7f));
            }
        }
        return models;
    }

    /** The margin as the prediction path computes it, from the extracted features, independently of attribute(). */
    private static double scoredMargin(LinearClassifier model, String text, int label, int against) {
        FeatureBuffer features = new FeatureBuffer(16);
        model.format().extract(text, model.hashing(), features);
        double[] scores = new double[model.labels().size()];
        model.scores(features.indices(), features.size(), scores);
        return (scores[label] - scores[against]) / model.temperature();
    }

    @Test
    void contributionsAndBiasAddUpToTheScoredMarginOnRandomText() {
        Random random = new Random(13);
        for (LinearClassifier model : models()) {
            for (int trial = 0; trial < 150; trial++) {
                String text = RandomText.any(random);
                int k = model.labels().size();
                int label = random.nextInt(k), against = (label + 1 + random.nextInt(k - 1)) % k;
                MarginAttribution attribution = model.attribute(text, label, against);
                double sum = attribution.bias();
                for (int i = 0; i < attribution.size(); i++) {
                    sum += attribution.contribution(i);
                }
                double expected = scoredMargin(model, text, label, against);
                assertEquals(expected, attribution.margin(), 1e-9 * Math.max(1, Math.abs(expected)), RandomText.describe(text));
                assertEquals(expected, sum, 1e-6 * Math.max(1, Math.abs(expected)), RandomText.describe(text));
            }
        }
    }

    @Test
    void spansStartAndEndOnTokensAndQuoteTheInput() {
        Random random = new Random(5);
        LinearClassifier model = models().get(8); // word trigrams and character n-grams
        for (int trial = 0; trial < 300; trial++) {
            String text = RandomText.any(random);
            List<Integer> starts = new ArrayList<>(), ends = new ArrayList<>();
            int tokens = TextTokenizer.tokenize(text, (TextTokenizer.SpanSink) (hash, start, end) -> {
                starts.add(start);
                ends.add(end);
            });
            MarginAttribution attribution = model.attribute(text, 1, 0);
            // one span per word, per word pair and per word triple: the character n-grams add to their word's
            assertEquals(tokens + Math.max(0, tokens - 1) + Math.max(0, tokens - 2), attribution.size(), RandomText.describe(text));
            for (int i = 0; i < attribution.size(); i++) {
                assertTrue(starts.contains(attribution.start(i)) && ends.contains(attribution.end(i)), RandomText.describe(text));
            }
            for (FeatureContribution c : attribution.strongest(5, "positive", "negative")) {
                assertEquals(text.substring(c.start(), c.end()), c.text());
            }
        }
    }

    @Test
    void theWordsThatDecideComeFirstAndNameTheSideTheyPushTo() {
        LinearClassifier model = TinySentiment.model(3);
        String text = "A wonderful cast, but a boring story";
        double[] p = new double[2];
        int best = model.predictInto(text, p);
        List<FeatureContribution> top = model.attribute(text, best, 1 - best).strongest(20, "positive", "negative");
        for (int i = 1; i < top.size(); i++) {
            assertTrue(Math.abs(top.get(i - 1).contribution()) >= Math.abs(top.get(i).contribution()));
        }
        FeatureContribution wonderful = find(top, "wonderful"), boring = find(top, "boring");
        assertEquals(text.indexOf("wonderful"), wonderful.start());
        assertTrue((wonderful.contribution() > 0) == (best == 1), "wonderful pushes towards positive");
        assertTrue((boring.contribution() > 0) == (best == 0), "boring pushes towards negative");
        assertEquals(wonderful.contribution() > 0 ? "positive" : "negative", wonderful.label());
        assertEquals(boring.contribution() > 0 ? "positive" : "negative", boring.label());
    }

    @Test
    void aParsedEmailIsQuotedFromTheTextTheModelReadWithoutOffsets() {
        FeatureHashing hashing = new FeatureHashing(1 << 12, 1);
        LinearClassifier model = new LinearClassifier(List.of("ham", "spam"), hashing, InputFormat.EMAIL,
                new float[hashing.buckets() * 2], new float[2], 1f);
        String mail = "From: a@example.org\nSubject: cheap pills\n\nbuy now";
        for (FeatureContribution c : model.attribute(mail, 1, 0).strongest(10, "spam", "ham")) {
            assertNull(c.start());
            assertTrue(InputFormat.EMAIL.readableText(mail).contains(c.text()), c.text());
        }
    }

    private static FeatureContribution find(List<FeatureContribution> contributions, String text) {
        return contributions.stream().filter(c -> c.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not among " + contributions));
    }
}
