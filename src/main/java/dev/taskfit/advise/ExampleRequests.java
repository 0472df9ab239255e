package dev.taskfit.advise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A body for the endpoint the advice names, filled from the task where it can be. */
final class ExampleRequests {

    /** What to send to classify when the task names no shipped classifier. */
    static final String YOUR_MODEL = "your-model";

    private static final int MAX_PROMPT_CHARS = 1000;
    static final Pattern WANTS_NEGATIVE = Pattern.compile("(?i)\\b(?:keep|only|accept)\\b[^.;]*\\bnegative\\b");

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
                body.put("filters", List.of(filter(model, task)));
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

    private static Map<String, Object> filter(String model, String task) {
        Map<String, Object> filter = new LinkedHashMap<>();
        filter.put("model", model);
        TaskFilter.of(model, task).ifPresentOrElse(known -> {
            if (known.accept() != null) {
                filter.put("accept", known.accept());
            } else {
                filter.put("reject", known.reject());
            }
        }, () -> filter.put("accept", List.of("the label to keep")));
        filter.put("minConfidence", TaskFilter.MIN_CONFIDENCE);
        return filter;
    }

    private static String prompt(String task) {
        String trimmed = task.strip();
        return trimmed.length() <= MAX_PROMPT_CHARS ? trimmed : trimmed.substring(0, MAX_PROMPT_CHARS);
    }
}
