package dev.taskfit.classify;

/** One training or evaluation example. */
public record LabelledExample(String text, String label) {
}
