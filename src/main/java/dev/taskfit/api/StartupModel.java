package dev.taskfit.api;

/**
 * A model a feature reads once per container, offered to start-up: start-up reads the ones this function loads at
 * start ({@link ServedFunction}) early, on a thread of its own, without importing the features.
 */
public interface StartupModel {

    /** Which model this is. */
    ServedFunction.Model model();

    /** Reads the model into its holder; a later read finds it read, or waits for this one to end. */
    void read();
}
