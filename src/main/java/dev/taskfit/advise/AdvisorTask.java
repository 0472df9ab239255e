package dev.taskfit.advise;

/** One line of a batch file of {@code src/data/advise/} ({@code tasks.jsonl}, ...): a described task and the family it needs. */
public record AdvisorTask(String id, Family family, String domain, String task) {
}
