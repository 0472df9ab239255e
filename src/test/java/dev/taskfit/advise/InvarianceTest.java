package dev.taskfit.advise;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The invariance suite ({@code src/data/advise/invariance.jsonl}, never trained on): paraphrases, case,
 * punctuation and typo variants keep their group's family; negation flips change it as labelled.
 */
class InvarianceTest {

    @TestFactory
    Stream<DynamicTest> everyMemberGetsItsFamily() {
        return AdvisorData.invariance().stream().flatMap(group -> group.members().stream().map(member ->
                DynamicTest.dynamicTest(group.id() + " " + group.kind() + ": " + member.task(), () ->
                        assertEquals(member.family(), AdvisorData.advisor().decide(member.task()).family()))));
    }
}
