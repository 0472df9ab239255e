/**
 * A word-level English language model for the {@code generate} function when no LLM answers: tokenisation and
 * truecasing ({@link dev.taskfit.generate.ngram.EnglishTokenizer}, {@link dev.taskfit.generate.ngram.Truecaser},
 * {@link dev.taskfit.generate.ngram.EnglishDetokenizer}), interpolated modified Kneser-Ney estimation
 * ({@link dev.taskfit.generate.ngram.KneserNeyTrainer}) into a packed trie ({@link dev.taskfit.generate.ngram.KneserNeyModel},
 * written and read by {@link dev.taskfit.generate.ngram.NgramModelFile}), and sampling
 * ({@link dev.taskfit.generate.ngram.NgramTextGenerator}). Plain JDK: no framework in here, so the model loads and runs
 * the same in a test, a benchmark, the build and a Lambda.
 */
package dev.taskfit.generate.ngram;
