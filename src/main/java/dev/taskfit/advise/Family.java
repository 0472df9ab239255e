package dev.taskfit.advise;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** The three answers the advisor gives: which model family a described task needs. */
public enum Family {
    /** Assign a label, score or decision to inputs that exist: {@code /v1/classify}. */
    DISCRIMINATIVE("/v1/classify"),
    /** Produce new content, or model the shape of the data: {@code /v1/generate}. */
    GENERATIVE("/v1/generate"),
    /** Generate, then judge (or judge, then generate): {@code /v1/pipeline}. */
    COMPOSITE("/v1/pipeline");

    private final String endpoint;

    Family(String endpoint) {
        this.endpoint = endpoint;
    }

    /** The taskfit endpoint that serves this family. */
    public String endpoint() {
        return endpoint;
    }

    /** The label as written in the data and the API: "discriminative", "generative", "composite". */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The family a label names. */
    public static Family of(String label) {
        return valueOf(label.strip().toUpperCase(Locale.ROOT));
    }
}
