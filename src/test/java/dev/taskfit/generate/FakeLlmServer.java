package dev.taskfit.generate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local stand-in for the four providers, answering in each one's real wire format: OpenAI chat completions
 * ({@code POST /v1/chat/completions}), Anthropic messages ({@code POST /v1/messages}), Ollama ({@code POST /api/chat})
 * and Bedrock Converse ({@code POST /model/{modelId}/converse}). The prompt picks the scenario: it answers normally
 * unless the request body holds one of {@code #401 #403 #404 #429 #500 #malformed #notext #slow}. Error bodies quote
 * the credentials they received, as the worst real server might, so tests can prove they never travel further.
 * Every model call can be made to take a fixed latency, and a reply may quote the request's seed
 * ({@value #SEED_MARK}), so a pipeline's candidates from distinct seeds are distinct texts. {@code GET /__requests}
 * counts the requests so far and {@code GET /__stats} gives {@code {"calls","mostInFlight"}} for the model calls
 * (both readable across class loaders).
 */
final class FakeLlmServer implements AutoCloseable {

    /** One request as received. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    static final String REPLY = "The quick brown fox jumps over the lazy dog.";
    static final int PROMPT_TOKENS = 12;
    static final int COMPLETION_TOKENS = 9;
    /** In a reply, stands for the request's {@code seed} (OpenAI's top-level one, Ollama's option), or "unseeded". */
    static final String SEED_MARK = "{seed}";
    private static final Pattern SEED = Pattern.compile("\"seed\"\\s*:\\s*(-?\\d+)");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-llm");
        t.setDaemon(true);
        return t;
    });
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final long slowMillis;
    private final String reply;
    private final long latencyMillis;

    FakeLlmServer(long slowMillis) throws IOException {
        this(slowMillis, REPLY);
    }

    /** A server whose successful answers say {@code reply} (plain text, no quotes or backslashes). */
    FakeLlmServer(long slowMillis, String reply) throws IOException {
        this(slowMillis, reply, 0);
    }

    /** A server that also takes {@code latencyMillis} to answer every model call, like a real model writing. */
    FakeLlmServer(long slowMillis, String reply, long latencyMillis) throws IOException {
        this.slowMillis = slowMillis;
        this.reply = reply;
        this.latencyMillis = latencyMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The base URL taskfit.generate.base-url takes for this provider. */
    String baseUrl(LlmProvider provider) {
        String root = "http://127.0.0.1:" + port();
        return switch (provider) {
            case OPENAI, ANTHROPIC -> root + "/v1";
            default -> root;
        };
    }

    List<Received> received() {
        return received;
    }

    Received last() {
        return received.get(received.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__requests")) {
                send(exchange, 200, Map.of(), Integer.toString(received.size()));
                return;
            }
            if (path.equals("/__stats")) {
                send(exchange, 200, Map.of(), "{\"calls\":" + calls.get() + ",\"mostInFlight\":" + mostInFlight.get() + "}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body);
            received.add(request);
            Wire wire = wireFor(path);
            if (wire == null) {
                send(exchange, 404, Map.of(), "{\"error\":\"no such path " + path + "\"}");
                return;
            }
            String credentials = String.valueOf(request.header(wire == Wire.ANTHROPIC ? "x-api-key" : "Authorization"));
            calls.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(latencyMillis + (body.contains("#slow") ? slowMillis : 0));
            } catch (InterruptedException e) {
                return;
            } finally {
                inFlight.decrementAndGet();
            }
            for (int status : new int[] {401, 403, 404, 429, 500}) {
                if (body.contains("#" + status)) {
                    send(exchange, status, wire.errorHeaders(status), wire.error(status, credentials));
                    return;
                }
            }
            if (body.contains("#malformed")) {
                send(exchange, 200, Map.of(), "{\"id\":\"x\",\"choices\":[{\"message\":{\"content\":\"unterminated");
            } else if (body.contains("#notext")) {
                send(exchange, 200, Map.of(), wire.withoutText());
            } else {
                Matcher seed = SEED.matcher(body);
                send(exchange, 200, Map.of(), wire.success(reply.replace(SEED_MARK, seed.find() ? seed.group(1) : "unseeded")));
            }
        }
    }

    private static Wire wireFor(String path) {
        if (path.endsWith("/chat/completions")) {
            return Wire.OPENAI;
        }
        if (path.endsWith("/messages")) {
            return Wire.ANTHROPIC;
        }
        if (path.equals("/api/chat")) {
            return Wire.OLLAMA;
        }
        if (path.startsWith("/model/") && path.endsWith("/converse")) {
            return Wire.BEDROCK;
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Each provider's answers, as its documentation shows them. */
    private enum Wire {
        OPENAI {
            String success(String reply) {
                return """
                        {"id":"chatcmpl-taskfit1","object":"chat.completion","created":1764400000,"model":"gpt-test",
                         "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null,"annotations":[]},
                                     "logprobs":null,"finish_reason":"stop"}],
                         "usage":{"prompt_tokens":%d,"completion_tokens":%d,"total_tokens":%d,
                                  "prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},
                                  "completion_tokens_details":{"reasoning_tokens":0,"audio_tokens":0,"accepted_prediction_tokens":0,"rejected_prediction_tokens":0}},
                         "service_tier":"default","system_fingerprint":"fp_taskfit"}
                        """.formatted(reply, PROMPT_TOKENS, COMPLETION_TOKENS, PROMPT_TOKENS + COMPLETION_TOKENS);
            }

            String withoutText() {
                return "{\"id\":\"chatcmpl-taskfit2\",\"object\":\"chat.completion\",\"created\":1764400000,\"model\":\"gpt-test\",\"choices\":[]}";
            }

            String error(int status, String credentials) {
                return switch (status) {
                    case 401 -> err("Incorrect API key provided: " + credentials + ". You can find your API key at https://platform.openai.com/account/api-keys.", "invalid_request_error", "invalid_api_key");
                    case 403 -> err("Project does not have access to model gpt-test (key " + credentials + ")", "invalid_request_error", "model_not_found");
                    case 404 -> err("The model `gpt-test` does not exist or you do not have access to it.", "invalid_request_error", "model_not_found");
                    case 429 -> err("Rate limit reached for gpt-test in organization org-taskfit on requests per min (RPM): Limit 3, Used 3, Requested 1.", "requests", "rate_limit_exceeded");
                    default -> err("The server had an error while processing your request. Sorry about that! (" + credentials + ")", "server_error", null);
                };
            }

            private String err(String message, String type, String code) {
                return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\",\"param\":null,\"code\":"
                        + (code == null ? "null" : "\"" + code + "\"") + "}}";
            }
        },
        ANTHROPIC {
            String success(String reply) {
                return """
                        {"id":"msg_01TaskfitFake","type":"message","role":"assistant","model":"claude-test",
                         "content":[{"type":"text","text":"%s"}],"stop_reason":"end_turn","stop_sequence":null,
                         "usage":{"input_tokens":%d,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":%d,"service_tier":"standard"}}
                        """.formatted(reply, PROMPT_TOKENS, COMPLETION_TOKENS);
            }

            String withoutText() {
                return "{\"id\":\"msg_02\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-test\",\"content\":[],"
                        + "\"stop_reason\":\"end_turn\",\"stop_sequence\":null,\"usage\":{\"input_tokens\":3,\"output_tokens\":0}}";
            }

            String error(int status, String credentials) {
                String type = switch (status) {
                    case 401 -> "authentication_error";
                    case 403 -> "permission_error";
                    case 404 -> "not_found_error";
                    case 429 -> "rate_limit_error";
                    default -> "api_error";
                };
                return "{\"type\":\"error\",\"error\":{\"type\":\"" + type + "\",\"message\":\"invalid x-api-key " + credentials + "\"}}";
            }
        },
        OLLAMA {
            String success(String reply) {
                return """
                        {"model":"llama-test","created_at":"2025-11-29T10:00:00.000000Z",
                         "message":{"role":"assistant","content":"%s"},"done_reason":"stop","done":true,
                         "total_duration":512000000,"load_duration":2000000,"prompt_eval_count":%d,"prompt_eval_duration":30000000,
                         "eval_count":%d,"eval_duration":400000000}
                        """.formatted(reply, PROMPT_TOKENS, COMPLETION_TOKENS);
            }

            String withoutText() {
                return "{\"model\":\"llama-test\",\"created_at\":\"2025-11-29T10:00:00Z\",\"done\":true,\"done_reason\":\"stop\"}";
            }

            String error(int status, String credentials) {
                return switch (status) {
                    case 401, 403 -> "{\"error\":\"unauthorized: " + credentials + "\"}";
                    case 404 -> "{\"error\":\"model \\\"llama-test\\\" not found, try pulling it first\"}";
                    case 429 -> "{\"error\":\"server busy, please try again.  maximum pending requests exceeded\"}";
                    default -> "{\"error\":\"llama runner process has terminated: exit status 2\"}";
                };
            }
        },
        BEDROCK {
            String success(String reply) {
                return """
                        {"output":{"message":{"role":"assistant","content":[{"text":"%s"}]}},"stopReason":"end_turn",
                         "usage":{"inputTokens":%d,"outputTokens":%d,"totalTokens":%d},"metrics":{"latencyMs":321}}
                        """.formatted(reply, PROMPT_TOKENS, COMPLETION_TOKENS, PROMPT_TOKENS + COMPLETION_TOKENS);
            }

            String withoutText() {
                return "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[]}},\"stopReason\":\"end_turn\","
                        + "\"usage\":{\"inputTokens\":3,\"outputTokens\":0,\"totalTokens\":3},\"metrics\":{\"latencyMs\":5}}";
            }

            Map<String, String> errorHeaders(int status) {
                String type = switch (status) {
                    case 401 -> "UnrecognizedClientException";
                    case 403 -> "AccessDeniedException";
                    case 404 -> "ResourceNotFoundException";
                    case 429 -> "ThrottlingException";
                    default -> "InternalServerException";
                };
                return Map.of("x-amzn-ErrorType", type + ":http://internal.amazon.com/coral/com.amazon.bedrock/",
                        "x-amzn-RequestId", "6f1f5b1e-0000-4000-8000-taskfit00001");
            }

            String error(int status, String credentials) {
                return switch (status) {
                    case 401 -> "{\"message\":\"The security token included in the request is invalid. " + credentials + "\"}";
                    case 403 -> "{\"message\":\"You don't have access to the model with the specified model ID.\"}";
                    case 404 -> "{\"message\":\"Could not resolve the foundation model from the provided model identifier.\"}";
                    case 429 -> "{\"message\":\"Too many requests, please wait before trying again.\"}";
                    default -> "{\"message\":\"The server encountered an error processing your request. " + credentials + "\"}";
                };
            }
        };

        abstract String success(String reply);

        abstract String withoutText();

        abstract String error(int status, String credentials);

        Map<String, String> errorHeaders(int status) {
            return status == 429 ? Map.of("retry-after", "1") : Map.of();
        }
    }
}
