package dev.taskfit.generate;

import org.junit.jupiter.api.Assumptions;

/**
 * Where the end-to-end tests find a real OpenAI-compatible server: {@code TASKFIT_E2E_LLM_BASE_URL} (environment) or
 * {@code -Dtaskfit.e2e.llm.base-url}, e.g. {@code http://127.0.0.1:18590/v1} as printed by
 * {@code ../shared/tools/llm/llama-server start 18590}. Without it the tests are skipped, saying so.
 */
final class LlamaServer {

    private LlamaServer() {
    }

    static String baseUrlOrSkip() {
        String url = System.getProperty("taskfit.e2e.llm.base-url", System.getenv("TASKFIT_E2E_LLM_BASE_URL"));
        Assumptions.assumeTrue(url != null && !url.isBlank(),
                "SKIPPED: no real LLM server for the end-to-end test. Start one with "
                        + "'../shared/tools/llm/llama-server start 18590' and set TASKFIT_E2E_LLM_BASE_URL=http://127.0.0.1:18590/v1 "
                        + "(or -Dtaskfit.e2e.llm.base-url=...)");
        return url.strip();
    }
}
