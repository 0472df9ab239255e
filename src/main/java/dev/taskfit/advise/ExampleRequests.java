package dev.taskfit.advise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A body for the endpoint the advice names, filled from the task where it can be. */
public final class ExampleRequests {

    /** What to send to classify when the task names no shipped classifier. */
    static final String YOUR_MODEL = "your-model";

    private static final int MAX_PROMPT_CHARS = 1000;
    public static final Pattern WANTS_NEGATIVE = Pattern.compile("(?i)\\b(?:keep|only|accept)\\b[^.;]*\\bnegative\\b");

    private ExampleRequests() {
    }

    static Map<String, Object> of(Family family, String task, TaskCues.Reading cues) {
        Map<String, Object> body = new LinkedHashMap<>();
        String model = cues.modelHint() != null ? cues.modelHint() : YOUR_MODEL;
        switch (family) {
            case DISCRIMINATIVE -> {
                body.put("model", model);
                body.put("text", sampleInput(cues.modelHint()));
            }
            case GENERATIVE -> {
                body.put("prompt", prompt(task));
                body.put("maxTokens", 256);
            }
            case COMPOSITE -> {
                body.put("prompt", prompt(task));
                body.put("candidates", 8);
                body.put("want", 3);
                Map<String, Object> filter = new LinkedHashMap<>();
                filter.put("model", model);
                filter.put("accept", List.of(accepted(cues.modelHint(), task)));
                filter.put("minConfidence", 0.7);
                body.put("filters", List.of(filter));
            }
        }
        return body;
    }

    private static String sampleInput(String model) {
        if ("spam".equals(model)) {
            return "Subject: You have won a free cruise! Click here to claim your prize today.";
        }
        if ("sentiment".equals(model)) {
            return "The parcel arrived late, but the blender works beautifully.";
        }
        return "one input to label";
    }

    private static String accepted(String model, String task) {
        if ("spam".equals(model)) {
            return "ham";
        }
        if ("sentiment".equals(model)) {
            return WANTS_NEGATIVE.matcher(task).find() ? "negative" : "positive";
        }
        return "the label to keep";
    }

    private static String prompt(String task) {
        String trimmed = task.strip();
        return trimmed.length() <= MAX_PROMPT_CHARS ? trimmed : trimmed.substring(0, MAX_PROMPT_CHARS);
    }
}
