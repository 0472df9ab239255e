package dev.taskfit.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A local stand-in for API Gateway (HTTP API, payload 2.0) + AWS Lambda, without Docker, like
 * {@code sam local start-api}: it serves HTTP on a port, turns each request into an API Gateway v2 event,
 * hands it to the packaged function through a local Lambda Runtime API, and turns the function's answer back
 * into HTTP. The function runs as on AWS: the JVM {@code function.zip} under AWS's own runtime interface
 * client with the Quarkus stream handler, or the native {@code bootstrap}. One instance, one request at a time.
 *
 * <pre>
 * java infra/local/LocalLambda.java --package target/function.zip [--port 3000] [--mode jvm|native]
 *      [--runtime-classpath RIC_JARS] [--timeout 30] [--memory 512] [--env KEY=VALUE ...]
 * </pre>
 * (or {@code infra/local/serve.sh}, which finds the runtime interface client's jars with Maven).
 */
public final class LocalLambda implements AutoCloseable {

    static {
        // The JDK's HTTP server leaves Nagle's algorithm on: each small response would then wait for a delayed ACK
        // (about 40 ms per hop). Read once, when the first server is created.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    private static final String RUNTIME = "/2018-06-01/runtime";

    /** What to run and how. */
    public record Options(Path packageZip, int port, String mode, String runtimeClasspath, int timeoutSeconds,
                          int memoryMb, Map<String, String> env) {
    }

    private record Invocation(String requestId, byte[] event, CompletableFuture<byte[]> answer) {
    }

    private final Options options;
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> initialised = new CompletableFuture<>();
    // Shut down on close: a handler may be parked in the function's long poll for its next event.
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final HttpServer runtimeApi;
    private final HttpServer front;
    private final Process function;
    private final Path taskRoot;
    private long launchNanos;

    private LocalLambda(Options options) throws IOException {
        this.options = options;
        this.taskRoot = unzip(options.packageZip());
        this.runtimeApi = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        runtimeApi.createContext(RUNTIME + "/", this::runtime);
        runtimeApi.setExecutor(handlers);
        runtimeApi.start();
        this.front = HttpServer.create(new InetSocketAddress("127.0.0.1", options.port()), 0);
        front.createContext("/", this::invoke);
        front.setExecutor(handlers);
        front.start();
        this.function = launch();
    }

    /** Starts the runtime, the HTTP front and the function process. */
    public static LocalLambda start(Options options) throws IOException {
        return new LocalLambda(options);
    }

    /** The HTTP port requests go to. */
    public int port() {
        return front.getAddress().getPort();
    }

    /** Waits until the function has initialised (asked for its first event); returns ms since its process started. */
    public long awaitReady(long timeoutMillis) throws Exception {
        return initialised.get(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    /** {@link System#nanoTime()} just before the function process was started: where a cold start begins. */
    public long launchNanos() {
        return launchNanos;
    }

    /**
     * Hands one raw event (e.g. an API Gateway v2 event from infra/events) to the function, as Lambda's Invoke
     * does, and returns the function's raw answer.
     */
    public byte[] invoke(byte[] event, int timeoutSeconds) throws Exception {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>());
        queue.add(invocation);
        try {
            return invocation.answer().get(timeoutSeconds, TimeUnit.SECONDS);
        } finally {
            inFlight.remove(invocation.requestId());
        }
    }

    /** Process id of the function, for measuring its memory. */
    public long functionPid() {
        return function.pid();
    }

    @Override
    public void close() {
        function.destroy();
        try {
            if (!function.waitFor(5, TimeUnit.SECONDS)) {
                function.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        front.stop(0);
        runtimeApi.stop(0);
        handlers.shutdownNow();
        deleteQuietly(taskRoot);
    }

    // ---- the function process ----

    private Process launch() throws IOException {
        String mode = options.mode() != null ? options.mode()
                : Files.exists(taskRoot.resolve("bootstrap")) ? "native" : "jvm";
        List<String> command = new ArrayList<>();
        if (mode.equals("native")) {
            Path bootstrap = taskRoot.resolve("bootstrap");
            Files.setPosixFilePermissions(bootstrap, Set.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
            for (Path file : Files.list(taskRoot).toList()) {
                file.toFile().setExecutable(true);
            }
            command.add(bootstrap.toString());
        } else {
            if (options.runtimeClasspath() == null || options.runtimeClasspath().isBlank()) {
                throw new IllegalArgumentException("--runtime-classpath (the runtime interface client jars) is needed for jvm mode");
            }
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-Xmx" + (options.memoryMb() * 85 / 100) + "m",
                    // As on Lambda: only the runtime is on the class path; it loads the function from its working
                    // directory, the task root, and lib/*.jar with a class loader of its own.
                    "-cp", options.runtimeClasspath(),
                    "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", QUARKUS_HANDLER));
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(taskRoot.toFile()).inheritIO();
        Map<String, String> env = builder.environment();
        env.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + runtimeApi.getAddress().getPort());
        env.put("_HANDLER", mode.equals("native") ? "bootstrap" : QUARKUS_HANDLER);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "taskfit-local");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(options.memoryMb()));
        env.put("AWS_REGION", env.getOrDefault("AWS_REGION", "us-east-1"));
        env.put("DISABLE_SIGNAL_HANDLERS", "true");
        env.putAll(options.env());
        launchNanos = System.nanoTime();
        return builder.start();
    }

    // ---- the Lambda Runtime API the function polls ----

    private void runtime(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(RUNTIME.length());
        try (exchange) {
            if (path.equals("/invocation/next") && exchange.getRequestMethod().equals("GET")) {
                initialised.complete((System.nanoTime() - launchNanos) / 1_000_000);
                Invocation next = queue.take();
                inFlight.put(next.requestId(), next);
                var headers = exchange.getResponseHeaders();
                headers.add("Content-Type", "application/json"); // AWS's client crashes without it
                headers.add("Lambda-Runtime-Aws-Request-Id", next.requestId());
                headers.add("Lambda-Runtime-Deadline-Ms",
                        Long.toString(System.currentTimeMillis() + options.timeoutSeconds() * 1000L));
                headers.add("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:taskfit-local");
                headers.add("Lambda-Runtime-Trace-Id", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + next.requestId().replace("-", "").substring(0, 24));
                send(exchange, 200, next.event());
            } else if (path.startsWith("/invocation/") && path.endsWith("/response")) {
                complete(path, exchange.getRequestBody().readAllBytes(), false);
                send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.startsWith("/invocation/") && path.endsWith("/error")) {
                complete(path, exchange.getRequestBody().readAllBytes(), true);
                send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/init/error")) {
                String error = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                initialised.completeExceptionally(new IllegalStateException("function init failed: " + error));
                send(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown runtime API path\"}".getBytes(StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void complete(String path, byte[] body, boolean error) {
        String id = path.substring("/invocation/".length(), path.lastIndexOf('/'));
        Invocation invocation = inFlight.remove(id);
        if (invocation != null) {
            if (error) {
                invocation.answer().completeExceptionally(new IllegalStateException(new String(body, StandardCharsets.UTF_8)));
            } else {
                invocation.answer().complete(body);
            }
        }
    }

    // ---- the HTTP API in front ----

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString();
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer;
            try {
                answer = invoke(ApiGatewayEvents.v2Event(exchange, requestId, body), options.timeoutSeconds());
            } catch (TimeoutException e) {
                send(exchange, 504, "{\"message\":\"Endpoint request timed out\"}".getBytes(StandardCharsets.UTF_8));
                return;
            } catch (Exception e) {
                send(exchange, 502, "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            ApiGatewayEvents.writeV2Response(answer, exchange);
        }
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Path unzip(Path zip) throws IOException {
        Path root = Files.createTempDirectory("taskfit-lambda-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("zip entry outside the task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
        return root;
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temp dir left behind is harmless
        }
    }

    /** The API Gateway HTTP API payload 2.0 wire format, both ways. */
    static final class ApiGatewayEvents {

        private ApiGatewayEvents() {
        }

        static byte[] v2Event(HttpExchange exchange, String requestId, byte[] body) {
            String rawPath = exchange.getRequestURI().getRawPath();
            String rawQuery = exchange.getRequestURI().getRawQuery();
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> cookies = new ArrayList<>();
            exchange.getRequestHeaders().forEach((name, values) -> {
                String key = name.toLowerCase(Locale.ROOT);
                if (key.equals("cookie")) {
                    values.forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
                } else {
                    headers.put(key, String.join(",", values));
                }
            });
            Map<String, String> query = new LinkedHashMap<>();
            if (rawQuery != null) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                    String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                    query.merge(k, v, (a, b) -> a + "," + b);
                }
            }
            String method = exchange.getRequestMethod();
            String text = body.length == 0 ? null : asText(body, headers.get("content-type"));
            long now = System.currentTimeMillis();
            StringBuilder json = new StringBuilder(256 + body.length * 4 / 3);
            json.append("{\"version\":\"2.0\",\"routeKey\":\"$default\",\"rawPath\":").append(quote(rawPath))
                    .append(",\"rawQueryString\":").append(quote(rawQuery == null ? "" : rawQuery));
            if (!cookies.isEmpty()) {
                json.append(",\"cookies\":[");
                for (int i = 0; i < cookies.size(); i++) {
                    json.append(i == 0 ? "" : ",").append(quote(cookies.get(i)));
                }
                json.append(']');
            }
            json.append(",\"headers\":").append(object(headers));
            if (!query.isEmpty()) {
                json.append(",\"queryStringParameters\":").append(object(query));
            }
            json.append(",\"requestContext\":{\"accountId\":\"000000000000\",\"apiId\":\"local\",\"domainName\":")
                    .append(quote(headers.getOrDefault("host", "localhost")))
                    .append(",\"domainPrefix\":\"local\",\"http\":{\"method\":").append(quote(method))
                    .append(",\"path\":").append(quote(rawPath))
                    .append(",\"protocol\":\"HTTP/1.1\",\"sourceIp\":")
                    .append(quote(exchange.getRemoteAddress().getAddress().getHostAddress()))
                    .append(",\"userAgent\":").append(quote(headers.getOrDefault("user-agent", "")))
                    .append("},\"requestId\":").append(quote(requestId))
                    .append(",\"routeKey\":\"$default\",\"stage\":\"$default\",\"time\":").append(quote(Instant.ofEpochMilli(now).toString()))
                    .append(",\"timeEpoch\":").append(now).append('}');
            if (text != null) {
                json.append(",\"body\":").append(quote(text)).append(",\"isBase64Encoded\":false");
            } else if (body.length > 0) {
                json.append(",\"body\":").append(quote(Base64.getEncoder().encodeToString(body))).append(",\"isBase64Encoded\":true");
            } else {
                json.append(",\"isBase64Encoded\":false");
            }
            return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
        }

        /** Text bodies go as strings, as API Gateway does; anything else (or invalid UTF-8) as base64. */
        private static String asText(byte[] body, String contentType) {
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
            boolean textual = type.startsWith("text/") || type.contains("json") || type.contains("xml")
                    || type.contains("x-www-form-urlencoded") || type.contains("javascript");
            if (!textual) {
                return null;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        /** Turns the function's payload 2.0 response into the HTTP response. */
        @SuppressWarnings("unchecked")
        static void writeV2Response(byte[] answer, HttpExchange exchange) throws IOException {
            Object parsed;
            try {
                parsed = new MiniJson(new String(answer, StandardCharsets.UTF_8)).value();
            } catch (RuntimeException e) {
                parsed = null;
            }
            if (!(parsed instanceof Map<?, ?> map) || !map.containsKey("statusCode")) {
                // not the structured format: API Gateway answers 200 with the payload as JSON
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                send(exchange, 200, answer);
                return;
            }
            Map<String, Object> response = (Map<String, Object>) map;
            if (response.get("headers") instanceof Map<?, ?> headers) {
                headers.forEach((k, v) -> exchange.getResponseHeaders().add(k.toString(), String.valueOf(v)));
            }
            if (response.get("multiValueHeaders") instanceof Map<?, ?> multi) {
                multi.forEach((k, v) -> {
                    if (v instanceof List<?> values) {
                        values.forEach(value -> exchange.getResponseHeaders().add(k.toString(), String.valueOf(value)));
                    }
                });
            }
            if (response.get("cookies") instanceof List<?> cookies) {
                cookies.forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", String.valueOf(c)));
            }
            String body = response.get("body") == null ? "" : response.get("body").toString();
            byte[] bytes = Boolean.TRUE.equals(response.get("isBase64Encoded"))
                    ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
            send(exchange, ((Number) response.get("statusCode")).intValue(), bytes);
        }

        private static String object(Map<String, String> map) {
            StringBuilder json = new StringBuilder("{");
            map.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(quote(k)).append(':').append(quote(v)));
            return json.append('}').toString();
        }

        static String quote(String s) {
            StringBuilder out = new StringBuilder(s.length() + 2).append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            return out.append('"').toString();
        }
    }

    /** Just enough JSON to read a Lambda response: objects, arrays, strings, numbers, booleans, null. */
    static final class MiniJson {
        private final String s;
        private int i;

        MiniJson(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> map = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return map;
                }
                do {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    map.put(key, value());
                    skip();
                } while (s.charAt(i++) == ',');
                return map;
            }
            if (c == '[') {
                List<Object> list = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return list;
                }
                do {
                    list.add(value());
                    skip();
                } while (s.charAt(i++) == ',');
                return list;
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String token = s.substring(start, i);
            return switch (token) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.valueOf(token);
            };
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path pkg = Path.of("target/function.zip");
        int port = 3000, timeout = 30, memory = 512;
        String mode = null, classpath = null;
        Map<String, String> env = new LinkedHashMap<>();
        for (int a = 0; a < args.length; a++) {
            switch (args[a]) {
                case "--package" -> pkg = Path.of(args[++a]);
                case "--port" -> port = Integer.parseInt(args[++a]);
                case "--mode" -> mode = args[++a];
                case "--runtime-classpath" -> classpath = args[++a];
                case "--timeout" -> timeout = Integer.parseInt(args[++a]);
                case "--memory" -> memory = Integer.parseInt(args[++a]);
                case "--env" -> {
                    String[] kv = args[++a].split("=", 2);
                    env.put(kv[0], kv.length > 1 ? kv[1] : "");
                }
                default -> {
                    System.err.println("usage: LocalLambda --package target/function.zip [--port 3000] [--mode jvm|native] "
                            + "[--runtime-classpath JARS] [--timeout 30] [--memory 512] [--env KEY=VALUE]...");
                    System.exit(2);
                }
            }
        }
        LocalLambda lambda = start(new Options(pkg, port, mode, classpath, timeout, memory, env));
        Runtime.getRuntime().addShutdownHook(new Thread(lambda::close));
        long ready = lambda.awaitReady(120_000);
        System.err.printf("taskfit local lambda: function initialised in %d ms; serving http://127.0.0.1:%d%n", ready, lambda.port());
        Thread.currentThread().join();
    }
}
