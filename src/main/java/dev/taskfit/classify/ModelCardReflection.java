package dev.taskfit.classify;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Model cards are read from model files with Jackson at start-up, not through a REST signature, so the native
 * image must be told to keep their record constructors and accessors.
 */
@RegisterForReflection(targets = {ModelCard.class, ModelCard.Dataset.class, ModelCard.Split.class,
        ModelCard.Hyperparameters.class, Evaluation.class, Evaluation.LabelMetrics.class})
final class ModelCardReflection {

    private ModelCardReflection() {
    }
}
