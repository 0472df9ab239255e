package dev.taskfit.pipeline;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAI-compatible chat completions server ({@code POST /v1/chat/completions}) that takes {@code delayMillis} to
 * answer each call, in the wire format OpenAI documents. Each answer quotes the request's seed, so candidates from
 * distinct seeds are distinct texts; a prompt holding {@code #500} gets OpenAI's server error instead. It counts the
 * calls and the most it had in flight at once ({@code GET /__stats}, readable across class loaders).
 */
final class SlowOpenAiServer implements AutoCloseable {

    private static final Pattern SEED = Pattern.compile("\"seed\"\\s*:\\s*(-?\\d+)");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slow-openai");
        t.setDaemon(true);
        return t;
    });
    private final long delayMillis;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    SlowOpenAiServer(long delayMillis) throws IOException {
        this.delayMillis = delayMillis;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/__stats")) {
                send(exchange, 200, "{\"calls\":" + calls.get() + ",\"mostInFlight\":" + mostInFlight.get() + "}");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!path.endsWith("/chat/completions")) {
                send(exchange, 404, "{\"error\":\"no such path\"}");
                return;
            }
            calls.incrementAndGet();
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                return;
            } finally {
                inFlight.decrementAndGet();
            }
            if (body.contains("#500")) {
                send(exchange, 500, "{\"error\":{\"message\":\"The server had an error while processing your request.\","
                        + "\"type\":\"server_error\",\"param\":null,\"code\":null}}");
                return;
            }
            Matcher seed = SEED.matcher(body);
            String reply = "Candidate " + (seed.find() ? seed.group(1) : "unseeded")
                    + ": a wonderful, delightful machine that makes every morning better.";
            send(exchange, 200, """
                    {"id":"chatcmpl-slow","object":"chat.completion","created":1764400000,"model":"gpt-test",
                     "choices":[{"index":0,"message":{"role":"assistant","content":"%s","refusal":null,"annotations":[]},
                                 "logprobs":null,"finish_reason":"stop"}],
                     "usage":{"prompt_tokens":8,"completion_tokens":14,"total_tokens":22},
                     "service_tier":"default","system_fingerprint":"fp_slow"}
                    """.formatted(reply));
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
