package dev.taskfit.route;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** Body of {@code POST /v1/route}: a task, the input to run it on, and optionally the model and options to use. */
@Schema(description = "A task, and the input to run the advised function on")
public record RouteRequest(
        @Schema(description = "The task, in plain words (1 to 4,000 characters)", required = true,
                examples = "tell me whether each incoming email is spam") String task,
        @Schema(description = "What to run it on: the text to classify, or the prompt to generate from", required = true,
                examples = "Subject: You have won a free cruise! Click here to claim your prize.") String input,
        @Schema(description = "Classifier to use for a discriminative task (default: the one the task points to)",
                examples = "spam") String model,
        @Schema(description = "Options for the advised function (generate, pipeline); classify takes none") Map<String, Object> options) {
}
