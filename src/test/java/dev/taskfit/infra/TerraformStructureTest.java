package dev.taskfit.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Static structure checks of the Terraform root module in {@code terraform/}, on the HCL as parsed by hcl4j.
 *
 * <p>The module declares the function set ({@code local.function_set}) and the endpoints ({@code local.endpoints})
 * as literal maps in {@code main.tf}; every per-function resource iterates over the first, every per-endpoint
 * resource over the second. These tests read both maps and check that each entry is wired: a route, an integration
 * (payload 2.0), a Lambda permission scoped to the API, and a log group with retention for its function; and that
 * no IAM statement grants {@code *} actions or {@code *} resources beyond the one exception the README documents.
 *
 * <p>hcl4j evaluates expressions as far as it can without variable values: references come out as their dotted
 * path (e.g. {@code aws_lambda_function.fn[each.key].arn} reads {@code aws_lambda_function.fn.each.key.arn}), and
 * functions of unknown variables as {@code null}. The assertions compare against that form.
 */
class TerraformStructureTest {

    static final Path MODULE = Path.of("terraform");

    /** Files whose expressions hcl4j cannot evaluate (validation functions, nested for-expressions): not parsed.
     * They may hold variables and derived locals only, never a resource, data or module block, so nothing that
     * these tests check can hide in them. */
    static final Set<String> NOT_PARSEABLE_ALLOWED = Set.of("variables.tf", "locals.tf", "monitoring_locals.tf");

    /** The one wildcard resource the README's IAM section documents: the log streams of the function's own group. */
    static final String DOCUMENTED_WILDCARD_RESOURCE = "aws_cloudwatch_log_group.fn.each.key.arn:*";
    static final String DOCUMENTED_WILDCARD_IN_README = "${aws_cloudwatch_log_group.fn[each.key].arn}:*";
    /** The one statement allowed resource "*": X-Ray's write actions take no other (only with var.tracing). */
    static final String TRACING_SID = "WriteTraces";
    static final List<String> TRACING_ACTIONS = List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords");

    /** The HTTP contract (ARCHITECTURE.md, "HTTP contract (v1)") and the function that must serve each route. */
    static final Map<String, String> CONTRACT = Map.of(
            "POST /v1/classify", "classify",
            "GET /v1/models", "classify",
            "POST /v1/generate", "generate",
            "POST /v1/advise", "advise",
            "POST /v1/route", "advise",
            "POST /v1/pipeline", "pipeline");

    /** The web console, served by the function that serves /q/*. */
    static final Set<String> CONSOLE_ROUTES = Set.of("GET /", "GET /console/{proxy+}");
    /** The routes that reach the LLM on every call. */
    static final Set<String> LLM_ROUTES = Set.of("POST /v1/generate", "POST /v1/pipeline", "POST /v1/route");
    static final List<String> AUTH_VALUES = List.of("iam", "jwt", "none");
    /** The application's EMF metric names (issue 16): the dashboard shows each. */
    static final List<String> APP_METRICS = List.of("Requests", "Latency", "Errors5xx", "LlmCalls", "LlmFallbacks",
            "CircuitOpen", "PipelineGenerated", "PipelineAccepted", "CascadeToLlm", "AdvisedFamily");

    static final Set<String> FUNCTIONS = Set.of("classify", "generate", "advise", "pipeline");
    static final Set<String> LLM_FUNCTIONS = Set.of("generate", "advise", "pipeline");

    static Map<String, Object> locals;
    /** resource type -> resource name -> body, across every parsed file. */
    static Map<String, Map<String, Map<String, Object>>> resources;
    static Map<String, Map<String, Map<String, Object>>> data;
    static Map<String, Object> checkBlocks;

    @BeforeAll
    static void parseModule() throws IOException {
        assertTrue(Files.isDirectory(MODULE), "run from the project root: no " + MODULE.toAbsolutePath());
        locals = new LinkedHashMap<>();
        resources = new TreeMap<>();
        data = new TreeMap<>();
        checkBlocks = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(MODULE)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tf")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .tf files in " + MODULE);
        for (Path file : files) {
            String name = file.getFileName().toString();
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (NOT_PARSEABLE_ALLOWED.contains(name)) {
                assertFalse(Pattern.compile("(?m)^\\s*(resource|data|module)\\s+\"").matcher(text).find(),
                        name + " is not parsed by this test, so it must not declare resource, data or module blocks");
                continue;
            }
            Map<String, Object> parsed;
            try {
                parsed = new HCLParser().parse(text, false);
            } catch (Exception | StackOverflowError e) {
                throw new AssertionError(name + " does not parse with hcl4j (" + e + "): keep resource blocks to "
                        + "expressions it can read, and complex locals in " + NOT_PARSEABLE_ALLOWED, e);
            }
            if (name.equals("main.tf")) {
                locals.putAll(map(parsed.get("locals"), "main.tf locals"));
            }
            collect(parsed.get("resource"), resources);
            collect(parsed.get("data"), data);
            if (parsed.get("check") != null) {
                checkBlocks.putAll(map(parsed.get("check"), name + " check blocks"));
            }
        }
    }

    // --- the function set and the endpoints --------------------------------------------------------------------

    @Test
    void functionSetIsTheFourFunctions() {
        Map<String, Object> set = functionSet();
        assertEquals(FUNCTIONS, set.keySet(), "local.function_set");
        for (String fn : set.keySet()) {
            Map<String, Object> f = map(set.get(fn), "function_set." + fn);
            assertEquals(LLM_FUNCTIONS.contains(fn), f.get("uses_llm"),
                    "function_set." + fn + ".uses_llm: only generate, advise and pipeline may reach the LLM");
            for (String size : List.of("memory_native", "memory_jvm")) {
                double mb = number(f.get(size), fn + "." + size);
                assertTrue(mb >= 128 && mb <= 10240, fn + "." + size + " = " + mb);
            }
            double timeout = number(f.get("timeout"), fn + ".timeout");
            assertTrue(timeout >= 1 && timeout <= 30, fn + ".timeout must fit the 30 s HTTP API integration limit");
        }
    }

    @Test
    void endpointsCoverTheHttpContract() {
        Map<String, String> routed = new TreeMap<>();
        endpoints().forEach((key, e) -> routed.put(e.get("method") + " " + e.get("path"), (String) e.get("function")));
        CONTRACT.forEach((route, fn) -> assertEquals(fn, routed.get(route), "local.endpoints: " + route));
        assertTrue(routed.containsKey("GET /q/{proxy+}"), "health/OpenAPI route GET /q/{proxy+}");
        for (String console : CONSOLE_ROUTES) {
            assertEquals(routed.get("GET /q/{proxy+}"), routed.get(console),
                    console + " goes to the function that serves /q/* (the application serves the console)");
        }
        Set<String> served = new TreeSet<>(routed.values());
        assertEquals(functionSet().keySet(), served, "every function of the set serves at least one endpoint");
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointIsWired() {
        Map<String, Object> route = perEndpoint("aws_apigatewayv2_route");
        Map<String, Object> permission = perEndpoint("aws_lambda_permission");
        return endpoints().entrySet().stream().map(entry -> DynamicTest.dynamicTest(
                entry.getKey() + ": " + entry.getValue().get("method") + " " + entry.getValue().get("path"), () -> {
                    String key = entry.getKey();
                    Map<String, Object> e = entry.getValue();
                    assertTrue(key.matches("[A-Za-z0-9_-]+"), key + " must be usable in a statement id");
                    assertTrue(String.valueOf(e.get("method")).matches("GET|POST|PUT|PATCH|DELETE"), key + ".method");
                    assertTrue(String.valueOf(e.get("path")).startsWith("/"), key + ".path");
                    assertTrue(Set.of("api", "public", "console").contains(e.get("access")),
                            key + ".access must be api, public or console: " + e.get("access"));
                    assertTrue(e.get("llm") instanceof Boolean, key + ".llm must be true or false");
                    String fn = (String) e.get("function");
                    assertTrue(functionSet().containsKey(fn), key + ".function " + fn + " is not in local.function_set");

                    // route: "<method> <path>" of this entry, sent to its function's integration
                    assertEquals("each.value.method each.value.path", str(route.get("route_key")), "route_key");
                    String target = str(route.get("target"));
                    var m = Pattern.compile("^integrations/aws_apigatewayv2_integration\\.([\\w-]+)\\.each\\.value\\.function\\.id$")
                            .matcher(target);
                    assertTrue(m.matches(), "route target must be the integration of the entry's function: " + target);
                    Map<String, Object> integration = perFunction("aws_apigatewayv2_integration", m.group(1));
                    assertEquals("AWS_PROXY", integration.get("integration_type"), "integration_type");
                    assertEquals("2.0", integration.get("payload_format_version"), "payload_format_version");
                    assertTrue(str(integration.get("integration_uri")).endsWith(".each.key.invoke_arn"),
                            "integration_uri must be the invoke ARN of the integration's own function");

                    // Lambda permission: that function, invoked by API Gateway, from this API, this method only
                    String functionName = str(permission.get("function_name"));
                    var f = Pattern.compile("^aws_lambda_function\\.([\\w-]+)\\.each\\.value\\.function\\.function_name$")
                            .matcher(functionName);
                    assertTrue(f.matches(), "permission must name the entry's function: " + functionName);
                    Map<String, Object> lambda = perFunction("aws_lambda_function", f.group(1));
                    assertEquals("lambda:InvokeFunction", permission.get("action"), "permission action");
                    assertEquals("apigateway.amazonaws.com", permission.get("principal"), "permission principal");
                    String sourceArn = str(permission.get("source_arn"));
                    assertTrue(sourceArn.startsWith("aws_apigatewayv2_api.") && sourceArn.contains(".execution_arn/*/each.value.method"),
                            "source_arn must be this API's execution ARN, any stage, the entry's method and path: " + sourceArn);

                    // log group of that function, with retention, used by the function
                    Map<String, Object> logging = map(lambda.get("logging_config"), "logging_config of the function");
                    String logGroupRef = str(logging.get("log_group"));
                    var g = Pattern.compile("^aws_cloudwatch_log_group\\.([\\w-]+)\\.each\\.key\\.name$").matcher(logGroupRef);
                    assertTrue(g.matches(), "logging_config.log_group must be the function's own log group: " + logGroupRef);
                    Map<String, Object> logGroup = perFunction("aws_cloudwatch_log_group", g.group(1));
                    assertNotNull(logGroup.get("retention_in_days"), "log group of " + fn + " needs retention_in_days");
                }));
    }

    // --- functions ----------------------------------------------------------------------------------------------

    @Test
    void functionsHonourTheRuntimeSwitch() {
        Map<String, Object> settings = map(locals.get("runtime_settings"), "local.runtime_settings");
        assertEquals(Set.of("native", "jvm"), settings.keySet(), "runtime_settings");
        Map<String, Object> nativeRt = map(settings.get("native"), "native");
        assertEquals("provided.al2023", nativeRt.get("runtime"));
        assertEquals("bootstrap", nativeRt.get("handler"));
        Map<String, Object> jvmRt = map(settings.get("jvm"), "jvm");
        assertEquals("java21", jvmRt.get("runtime"));
        assertEquals("io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest", jvmRt.get("handler"));

        Map<String, Map<String, Object>> functions = resources.getOrDefault("aws_lambda_function", Map.of());
        assertEquals(1, functions.size(), "one aws_lambda_function block, for_each over the function set");
        Map<String, Object> fn = functions.values().iterator().next();
        assertEquals("local.function_set", str(fn.get("for_each")), "aws_lambda_function for_each");
        assertEquals("local.runtime_settings.var.runtime.runtime", str(fn.get("runtime")));
        assertEquals("local.runtime_settings.var.runtime.handler", str(fn.get("handler")));
        // direct upload of var.package_path, or through var.package_bucket when the zip is over 50 MB
        assertTrue(fn.containsKey("filename") && fn.containsKey("s3_key"), "filename or s3_key, by var.package_bucket");
        assertEquals("var.package_bucket", str(fn.get("s3_bucket")));
        // filebase64sha256(var.package_path) has no value without the variable; the argument must be there
        assertTrue(fn.containsKey("source_code_hash"), "source_code_hash = filebase64sha256(var.package_path)");
        for (String arg : List.of("memory_size", "timeout", "reserved_concurrent_executions")) {
            assertEquals("local.functions.each.key." + arg, str(fn.get(arg)), arg + " is per function");
        }
        assertTrue(str(fn.get("role")).matches("^aws_iam_role\\.[\\w-]+\\.each\\.key\\.arn$"), "a role per function");
    }

    @Test
    void modelsDirBecomesALayerOnTheFunctionsThatClassify() throws Exception {
        Map<String, Object> archive = map(data.getOrDefault("archive_file", Map.of()).get("models"), "data.archive_file.models");
        assertEquals("var.models_dir", str(archive.get("source_dir")), "the layer zips var.models_dir as it is");
        Map<String, Object> layer = map(resources.getOrDefault("aws_lambda_layer_version", Map.of()).get("models"),
                "aws_lambda_layer_version.models");
        assertTrue(str(layer.get("filename")).contains("archive_file.models"), "the layer is that zip");
        assertTrue(str(layer.get("source_code_hash")).contains("output_base64sha256"), "a new zip, a new layer version");

        Map<String, Object> fn = resources.get("aws_lambda_function").values().iterator().next();
        assertEquals("local.models_layers.each.key", str(fn.get("layers")), "layers per function");
        // hcl4j reads a function call as null: the merge is checked in the text
        assertTrue(Files.readString(MODULE.resolve("functions.tf"), StandardCharsets.UTF_8)
                        .contains("variables = merge(local.environment[each.key], local.models_environment[each.key])"),
                "the functions' environment includes TASKFIT_CLASSIFY_MODELS_DIR");

        Map<String, Object> layerLocals = map(new HCLParser().parse(
                Files.readString(MODULE.resolve("models_layer.tf"), StandardCharsets.UTF_8), false).get("locals"), "locals");
        assertEquals(List.of("classify", "advise", "pipeline"), layerLocals.get("classifying_functions"),
                "every function that classifies (route runs in advise), and no other");
        assertEquals("/opt", layerLocals.get("models_layer_dir"), "where Lambda unpacks a layer's files");
        String text = Files.readString(MODULE.resolve("models_layer.tf"), StandardCharsets.UTF_8);
        assertTrue(text.contains("TASKFIT_CLASSIFY_MODELS_DIR = local.models_layer_dir"));
    }

    @Test
    void everyLogGroupHasRetention() {
        Map<String, Map<String, Object>> groups = resources.getOrDefault("aws_cloudwatch_log_group", Map.of());
        assertTrue(groups.size() >= 2, "function log groups and the API access log group");
        groups.forEach((name, g) -> {
            Object retention = g.get("retention_in_days");
            assertNotNull(retention, "aws_cloudwatch_log_group." + name + " needs retention_in_days");
            if (retention instanceof Number n) {
                assertTrue(n.doubleValue() > 0, name + ": retention 0 means never expire");
            } else {
                assertEquals("var.log_retention_days", str(retention), name + ".retention_in_days");
            }
        });
    }

    // --- HTTP API -----------------------------------------------------------------------------------------------

    @Test
    void everyIntegrationUsesPayloadFormat20() {
        Map<String, Map<String, Object>> integrations = resources.getOrDefault("aws_apigatewayv2_integration", Map.of());
        assertFalse(integrations.isEmpty(), "no aws_apigatewayv2_integration");
        integrations.forEach((name, i) -> {
            assertEquals("2.0", i.get("payload_format_version"), name + ".payload_format_version");
            assertEquals("local.function_set", str(i.get("for_each")), name + ": one integration per function");
        });
    }

    @Test
    void stageHasJsonAccessLogsAndThrottling() throws IOException {
        Map<String, Map<String, Object>> stages = resources.getOrDefault("aws_apigatewayv2_stage", Map.of());
        assertEquals(1, stages.size(), "one stage");
        Map<String, Object> stage = stages.values().iterator().next();
        assertEquals("$default", stage.get("name"));
        assertEquals(Boolean.TRUE, stage.get("auto_deploy"));
        Map<String, Object> access = map(stage.get("access_log_settings"), "access_log_settings");
        String destination = str(access.get("destination_arn"));
        var d = Pattern.compile("^aws_cloudwatch_log_group\\.([\\w-]+)\\.arn$").matcher(destination);
        assertTrue(d.matches(), "access logs go to a log group of this module: " + destination);
        assertTrue(resources.get("aws_cloudwatch_log_group").containsKey(d.group(1)), destination);
        JsonNode format = new ObjectMapper().readTree(str(access.get("format")));
        assertTrue(format.isObject(), "access log format is one JSON object per request");
        for (String field : List.of("requestId", "routeKey", "status", "responseLatency", "integrationRequestId")) {
            assertTrue(format.has(field), "access log format lacks " + field);
        }
        Map<String, Object> throttling = map(stage.get("default_route_settings"), "default_route_settings");
        assertNotNull(throttling.get("throttling_rate_limit"), "throttling_rate_limit");
        assertNotNull(throttling.get("throttling_burst_limit"), "throttling_burst_limit");
    }

    // --- IAM ----------------------------------------------------------------------------------------------------

    @Test
    void noIamStatementGrantsWildcards() throws IOException {
        Map<String, Map<String, Object>> documents = data.getOrDefault("aws_iam_policy_document", Map.of());
        assertFalse(documents.isEmpty(), "IAM policies are written as aws_iam_policy_document data sources");
        int checked = 0;
        for (var doc : documents.entrySet()) {
            for (Map<String, Object> st : statements(doc.getValue())) {
                String where = "data.aws_iam_policy_document." + doc.getKey() + " statement " + st.get("sid");
                checked++;
                for (String banned : List.of("not_actions", "not_resources", "not_principals")) {
                    assertFalse(st.containsKey(banned), where + ": " + banned + " grants everything else");
                }
                Object effect = st.getOrDefault("effect", "Allow");
                assertEquals("Allow", effect, where + ": only Allow statements are expected");
                List<Object> actions = list(st.get("actions"), where + ".actions");
                assertFalse(actions.isEmpty(), where + ": no actions");
                for (Object a : actions) {
                    assertTrue(a instanceof String, where + ": actions must be literal strings, found " + a);
                    assertFalse(((String) a).contains("*"), where + ": wildcard action " + a);
                }
                if (st.containsKey("principals")) {
                    for (Map<String, Object> p : blocks(st.get("principals"))) {
                        for (Object id : list(p.get("identifiers"), where + ".principals.identifiers")) {
                            assertFalse(String.valueOf(id).contains("*"), where + ": wildcard principal " + id);
                        }
                    }
                } else {
                    Object resourcesValue = st.get("resources");
                    assertNotNull(resourcesValue, where + ": resources must be listed");
                    List<Object> res = resourcesValue instanceof List<?> l ? new ArrayList<>(l) : List.of(resourcesValue);
                    if (TRACING_SID.equals(st.get("sid"))) {
                        assertEquals(TRACING_ACTIONS, actions, where + ": only X-Ray's two write actions take resource *");
                        assertEquals(List.of("*"), res, where);
                        continue;
                    }
                    for (Object r : res) {
                        String s = str(r);
                        assertFalse(s.equals("*"), where + ": resource \"*\"");
                        if (s.contains("*")) {
                            assertEquals(DOCUMENTED_WILDCARD_RESOURCE, s, where + ": undocumented wildcard resource");
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 2, "expected the assume-role and the function policy statements, found " + checked);
        String readme = Files.readString(MODULE.resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(DOCUMENTED_WILDCARD_IN_README),
                "terraform/README.md must explain the wildcard resource " + DOCUMENTED_WILDCARD_IN_README);
        assertTrue(readme.contains("`" + TRACING_SID + "`"), "terraform/README.md must explain the " + TRACING_SID + " statement");
    }

    @Test
    void rolesAreScopedPerFunctionAndUseOnlyCheckedPolicies() {
        assertFalse(resources.containsKey("aws_iam_role_policy_attachment"),
                "no managed policy attachments: their statements are not checked here (and AWS's are broad)");
        assertFalse(resources.containsKey("aws_iam_policy"), "policies are inline, one per role");
        resources.getOrDefault("aws_iam_role", Map.of()).forEach((name, role) ->
                assertEquals("local.function_set", str(role.get("for_each")), "aws_iam_role." + name + ": a role per function"));
        Map<String, Map<String, Object>> policies = resources.getOrDefault("aws_iam_role_policy", Map.of());
        assertFalse(policies.isEmpty(), "aws_iam_role_policy");
        policies.forEach((name, p) -> {
            assertEquals("local.function_set", str(p.get("for_each")), "aws_iam_role_policy." + name);
            assertTrue(str(p.get("policy")).matches("^data\\.aws_iam_policy_document\\.[\\w-]+\\.each\\.key\\.json$"),
                    "aws_iam_role_policy." + name + " must use the function's checked policy document");
        });
        // Bedrock and the API key are granted only by statements that exist on condition (dynamic blocks).
        for (var doc : data.getOrDefault("aws_iam_policy_document", Map.of()).entrySet()) {
            for (Map<String, Object> st : blocks(doc.getValue().get("statement"))) {
                for (Object a : list(st.get("actions"), "actions")) {
                    String action = String.valueOf(a);
                    assertFalse(action.startsWith("bedrock:") || action.startsWith("secretsmanager:")
                                    || action.startsWith("ssm:") || action.startsWith("kms:"),
                            doc.getKey() + ": " + action + " must be granted only to the LLM functions (dynamic statement)");
                }
            }
        }
    }

    // --- access: who may call (issue 18) -----------------------------------------------------------------------

    @Test
    void onlyHealthIsPublicAndTheConsoleFollowsTheApi() {
        Map<String, Set<String>> byAccess = new TreeMap<>();
        endpoints().values().forEach(e -> byAccess.computeIfAbsent((String) e.get("access"), a -> new TreeSet<>())
                .add(e.get("method") + " " + e.get("path")));
        assertEquals(Set.of("GET /q/{proxy+}"), byAccess.get("public"), "only health/OpenAPI is always public");
        assertEquals(CONSOLE_ROUTES, byAccess.get("console"), "the console routes");
        assertTrue(byAccess.get("api").containsAll(CONTRACT.keySet()), "every /v1 route is guarded: " + byAccess);

        assertEquals(Map.of("iam", "AWS_IAM", "jwt", "JWT", "none", "NONE"), locals.get("authorization_types"),
                "local.authorization_types: what each auth value puts on a guarded route");
        Map<String, Object> route = perEndpoint("aws_apigatewayv2_route");
        assertEquals("local.route_authorization.each.key", str(route.get("authorization_type")),
                "every route takes its authorization_type from local.route_authorization");
        Map<String, Object> authorizer = resources.get("aws_apigatewayv2_authorizer").get("jwt");
        assertEquals("JWT", authorizer.get("authorizer_type"));
    }

    /** Every auth value, with and without console_public, evaluated by terraform itself. */
    @TestFactory
    Stream<DynamicTest> everyGuardedRouteCarriesTheChosenAuthorization() throws Exception {
        TerraformEval tf = terraform();
        Map<String, Map<String, Object>> endpoints = endpoints();
        Map<String, Object> types = map(locals.get("authorization_types"), "local.authorization_types");
        List<DynamicTest> tests = new ArrayList<>();
        for (String auth : AUTH_VALUES) {
            for (boolean consolePublic : List.of(false, true)) {
                tests.add(DynamicTest.dynamicTest("auth=" + auth + " console_public=" + consolePublic, () -> {
                    JsonNode actual = tf.value("local.route_authorization", Map.of("auth", auth,
                            "console_public", String.valueOf(consolePublic), "package_path", "function.zip"));
                    assertEquals(endpoints.keySet(), fieldNames(actual), "one authorization per endpoint");
                    endpoints.forEach((key, e) -> {
                        String access = (String) e.get("access");
                        boolean guarded = access.equals("api") || (access.equals("console") && !consolePublic);
                        assertEquals(guarded ? types.get(auth) : "NONE", actual.get(key).asText(),
                                key + " (" + e.get("method") + " " + e.get("path") + ", access " + access + ")");
                    });
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void authHasNoDefaultAndJwtNeedsItsAuthorizer() throws Exception {
        String variables = Files.readString(MODULE.resolve("variables.tf"), StandardCharsets.UTF_8);
        String auth = TerraformEval.variable(variables, "auth");
        assertFalse(auth.matches("(?s).*\\bdefault\\s*=.*"), "variable auth must have no default: the deployer chooses");
        for (String value : AUTH_VALUES) {
            assertTrue(auth.contains("\"" + value + "\""), "auth validation lists " + value);
        }
        List<String> preconditions = blocks(map(perEndpoint("aws_apigatewayv2_route").get("lifecycle"), "route lifecycle")
                .get("precondition")).stream().map(p -> str(p.get("error_message"))).toList();
        assertTrue(preconditions.stream().anyMatch(m -> m.contains("needs jwt_authorizer")), "jwt without authorizer");
        assertTrue(preconditions.stream().anyMatch(m -> m.contains("it would guard nothing")), "authorizer without jwt");
    }

    @Test
    void planWarnsWhenLlmSpendIsOpenToAnyone() throws Exception {
        assertNotNull(checkBlocks.get("llm_spend_not_open_to_anyone"), "check block llm_spend_not_open_to_anyone in api.tf");
        TerraformEval tf = terraform();
        String warning = "anyone who finds the URL can spend your LLM budget";
        assertTrue(tf.plan(Map.of("auth", "none", "llm_provider", "openai", "package_path", "function.zip")).contains(warning),
                "auth=none with an LLM must warn at plan time");
        assertFalse(tf.plan(Map.of("auth", "iam", "llm_provider", "openai", "package_path", "function.zip")).contains(warning),
                "auth=iam: no warning");
        assertFalse(tf.plan(Map.of("auth", "none", "llm_provider", "none", "package_path", "function.zip")).contains(warning),
                "auth=none without an LLM: nothing to spend, no warning");
    }

    @Test
    void examplesChooseEveryAuthValue() throws IOException {
        Set<String> chosen = new TreeSet<>();
        try (Stream<Path> examples = Files.list(MODULE.resolve("examples"))) {
            for (Path example : examples.toList()) {
                String text = Files.readString(example.resolve("main.tf"), StandardCharsets.UTF_8);
                var m = Pattern.compile("(?m)^\\s*auth\\s*=\\s*\"(\\w+)\"").matcher(text);
                assertTrue(m.find(), example + " must set auth explicitly");
                chosen.add(m.group(1));
            }
        }
        assertEquals(new TreeSet<>(AUTH_VALUES), chosen, "the examples cover every auth value (the offline check runs on them)");
    }

    // --- LLM spend: throttle and concurrency (issue 18) ----------------------------------------------------------

    @Test
    void llmRoutesHaveTheirOwnLowerThrottle() throws Exception {
        Set<String> llm = new TreeSet<>();
        endpoints().values().forEach(e -> {
            if (Boolean.TRUE.equals(e.get("llm"))) {
                llm.add(e.get("method") + " " + e.get("path"));
            }
        });
        assertEquals(LLM_ROUTES, llm, "endpoints marked llm = true");

        Map<String, Object> stage = resources.get("aws_apigatewayv2_stage").values().iterator().next();
        Map<String, Object> settings = map(map(stage.get("dynamic"), "stage dynamic blocks").get("route_settings"),
                "dynamic route_settings of the stage");
        assertEquals("local.llm_route_keys", str(settings.get("for_each")), "route_settings for the LLM routes");
        Map<String, Object> content = map(settings.get("content"), "route_settings content");
        assertEquals("route_settings.value", str(content.get("route_key")));
        assertEquals("var.llm_throttling.rate_limit", str(content.get("throttling_rate_limit")));
        assertEquals("var.llm_throttling.burst_limit", str(content.get("throttling_burst_limit")));
        String localsText = Files.readString(MODULE.resolve("locals.tf"), StandardCharsets.UTF_8);
        assertTrue(TerraformEval.definition(localsText, "llm_route_keys").replaceAll("\\s+", " ")
                        .matches(".*aws_apigatewayv2_route\\.endpoint.*if local\\.endpoints\\[key\\]\\.llm.*"),
                "local.llm_route_keys: the routes of the endpoints marked llm");

        JsonNode defaults = terraform().value("[var.throttling, var.llm_throttling]", Map.of("auth", "iam", "package_path", "function.zip"));
        JsonNode all = defaults.get(0);
        JsonNode llmOnly = defaults.get(1);
        assertTrue(llmOnly.get("rate_limit").asDouble() < all.get("rate_limit").asDouble(), "default LLM rate below the stage's: " + defaults);
        assertTrue(llmOnly.get("burst_limit").asDouble() < all.get("burst_limit").asDouble(), "default LLM burst below the stage's: " + defaults);
    }

    @Test
    void llmFunctionsAreCappedAndBoundedByDefault() throws Exception {
        TerraformEval tf = terraform();
        Map<String, String> vars = Map.of("auth", "iam", "package_path", "function.zip", "llm_provider", "openai",
                "llm_base_url", "http://llm.example:8000/v1");
        JsonNode functions = tf.value("local.functions", vars);
        JsonNode environment = tf.value("local.environment", vars);
        int cap = tf.value("var.llm_reserved_concurrency", vars).asInt();
        assertTrue(cap > 0, "llm_reserved_concurrency defaults to a cap");
        for (String fn : FUNCTIONS) {
            int reserved = functions.get(fn).get("reserved_concurrent_executions").asInt();
            JsonNode env = environment.get(fn);
            assertEquals("taskfit", env.path("TASKFIT_METRICS_NAMESPACE").asText(), fn + ": metrics namespace");
            if (LLM_FUNCTIONS.contains(fn)) {
                assertEquals(cap, reserved, fn + " is capped by default");
                assertTrue(env.path("TASKFIT_GENERATE_MAX_CALLS_PER_MINUTE").asInt() > 0, fn + ": per-instance LLM call bound " + env);
            } else {
                assertEquals(-1, reserved, fn + " reaches no LLM: unreserved");
                assertFalse(env.has("TASKFIT_GENERATE_MAX_CALLS_PER_MINUTE"), fn + " gets no LLM settings");
            }
        }
        JsonNode optedOut = tf.value("local.functions", Map.of("auth", "iam", "package_path", "function.zip",
                "functions", "{pipeline={reserved_concurrent_executions=-1}}"));
        assertEquals(-1, optedOut.get("pipeline").get("reserved_concurrent_executions").asInt(), "an explicit -1 is honoured");
        assertEquals(cap, optedOut.get("generate").get("reserved_concurrent_executions").asInt());
    }

    // --- tracing, alarms, dashboard (issue 16) ---------------------------------------------------------------------

    @Test
    void tracingIsASwitchWithTheGrantItNeeds() throws IOException {
        Map<String, Object> fn = resources.get("aws_lambda_function").values().iterator().next();
        assertNotNull(fn.get("tracing_config"), "aws_lambda_function.tracing_config");
        String functionsText = Files.readString(MODULE.resolve("functions.tf"), StandardCharsets.UTF_8);
        assertTrue(functionsText.contains("mode = var.tracing ? \"Active\" : \"PassThrough\""), "tracing_config follows var.tracing");
        String iamText = Files.readString(MODULE.resolve("iam.tf"), StandardCharsets.UTF_8);
        assertTrue(iamText.replaceAll("\\s+", " ").contains("for_each = var.tracing ? [1] : [] content { sid = \"" + TRACING_SID + "\""),
                "the X-Ray grant exists only with var.tracing");
    }

    @Test
    void alarmsGoToTheGivenTopicAndAreOptional() throws Exception {
        Map<String, Map<String, Object>> alarms = resources.getOrDefault("aws_cloudwatch_metric_alarm", Map.of());
        assertEquals(Set.of("error_rate", "throttles", "p99_duration", "fallback_rate"), alarms.keySet(), "the four alarms");
        alarms.forEach((name, a) -> {
            for (String actions : List.of("alarm_actions", "ok_actions")) {
                assertEquals(List.of("var.alarm_sns_topic_arn"),
                        list(a.get(actions), name + "." + actions).stream().map(TerraformStructureTest::str).toList(),
                        name + "." + actions + ": the topic given by variable");
            }
            assertEquals("notBreaching", a.get("treat_missing_data"), name + ": no traffic is not an alarm");
        });
        assertEquals("local.alarm_functions", str(alarms.get("throttles").get("for_each")));
        assertEquals("local.alarm_functions", str(alarms.get("p99_duration").get("for_each")));
        assertEquals("local.alarm_llm_functions", str(alarms.get("fallback_rate").get("for_each")));
        assertEquals("Throttles", alarms.get("throttles").get("metric_name"));
        assertEquals("Duration", alarms.get("p99_duration").get("metric_name"));
        assertEquals("p99", alarms.get("p99_duration").get("extended_statistic"));
        assertEquals(Set.of("5xx", "Count"), metricNames(alarms.get("error_rate")), "5xx rate from the HTTP API");
        assertEquals(Set.of("LlmFallbacks", "LlmCalls"), metricNames(alarms.get("fallback_rate")), "fallback rate from the application");
        for (Map<String, Object> q : blocks(alarms.get("fallback_rate").get("metric_query"))) {
            if (q.get("metric") != null) {
                Map<String, Object> metric = map(q.get("metric"), "metric");
                assertEquals("var.metrics_namespace", str(metric.get("namespace")));
                assertEquals(Set.of("Function"), map(metric.get("dimensions"), "dimensions").keySet());
            }
        }

        TerraformEval tf = terraform();
        JsonNode none = tf.value("[local.alarm_functions, local.alarm_llm_functions]", Map.of("auth", "iam", "package_path", "function.zip"));
        assertEquals(0, none.get(0).size() + none.get(1).size(), "no topic, no alarms");
        JsonNode some = tf.value("[local.alarm_functions, local.alarm_llm_functions]", Map.of("auth", "iam", "package_path", "function.zip",
                "alarm_sns_topic_arn", "arn:aws:sns:eu-west-1:123456789012:ops"));
        assertEquals(FUNCTIONS, fieldNames(some.get(0)), "throttle and p99 alarms for every function");
        assertEquals(LLM_FUNCTIONS, fieldNames(some.get(1)), "fallback alarms for the LLM functions");
    }

    @Test
    void dashboardShowsEveryMetric() throws IOException {
        Map<String, Object> dashboard = resources.getOrDefault("aws_cloudwatch_dashboard", Map.of()).get("main");
        assertNotNull(dashboard, "aws_cloudwatch_dashboard.main");
        String text = Files.readString(MODULE.resolve("monitoring_locals.tf"), StandardCharsets.UTF_8);
        String appMetrics = TerraformEval.definition(text, "app_metric");
        String widgets = TerraformEval.definition(text, "dashboard_widgets");
        for (String metric : APP_METRICS) {
            assertTrue(appMetrics.contains("\"" + metric + "\""), "local.app_metric lacks " + metric);
            assertTrue(widgets.contains("\"" + metric + "\""), "no dashboard widget shows " + metric);
        }
        assertTrue(appMetrics.contains("${var.metrics_namespace}"), "the application's metrics are read from var.metrics_namespace");
        for (String metric : List.of("Errors", "Throttles", "Duration", "ConcurrentExecutions", "\"5xx\"", "\"Count\"")) {
            assertTrue(widgets.contains(metric), "no dashboard widget shows " + metric);
        }
    }

    private static TerraformEval terraformEval;

    /** The module's access, concurrency, environment and alarm locals and its check block, evaluated by terraform. */
    static synchronized TerraformEval terraform() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(TerraformEval.binary() != null,
                "SKIP: no terraform binary on the PATH to evaluate the module's expressions");
        if (terraformEval == null) {
            String api = Files.readString(MODULE.resolve("api.tf"), StandardCharsets.UTF_8);
            var check = Pattern.compile("(?s)check \"llm_spend_not_open_to_anyone\" \\{.*?\\n}\\n").matcher(api);
            assertTrue(check.find(), "check block llm_spend_not_open_to_anyone in api.tf");
            terraformEval = TerraformEval.of(MODULE, List.of("locals.tf", "monitoring_locals.tf"),
                    List.of("route_authorization", "functions", "runtime_environment", "llm_environment",
                            "metrics_environment", "environment", "alarms_enabled", "alarm_functions", "alarm_llm_functions"),
                    check.group());
        }
        return terraformEval;
    }

    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Set<String> metricNames(Map<String, Object> alarm) {
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> q : blocks(alarm.get("metric_query"))) {
            if (q.get("metric") != null) {
                names.add(str(map(q.get("metric"), "metric").get("metric_name")));
            }
        }
        return names;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    static Map<String, Object> functionSet() {
        return map(locals.get("function_set"), "local.function_set in main.tf");
    }

    static Map<String, Map<String, Object>> endpoints() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Map<String, Object> raw = map(locals.get("endpoints"), "local.endpoints in main.tf");
        assertFalse(raw.isEmpty(), "local.endpoints is empty");
        raw.forEach((k, v) -> out.put(k, map(v, "local.endpoints." + k)));
        return out;
    }

    /** The one resource of this type, which must iterate over local.endpoints. */
    static Map<String, Object> perEndpoint(String type) {
        Map<String, Map<String, Object>> all = resources.getOrDefault(type, Map.of());
        assertEquals(1, all.size(), "one " + type + " block, for_each = local.endpoints; found " + all.keySet());
        Map<String, Object> r = all.values().iterator().next();
        assertEquals("local.endpoints", str(r.get("for_each")), type + " for_each");
        return r;
    }

    /** The named resource of this type, which must iterate over local.function_set. */
    static Map<String, Object> perFunction(String type, String name) {
        Map<String, Object> r = resources.getOrDefault(type, Map.of()).get(name);
        assertNotNull(r, type + "." + name + " is referenced but not declared");
        assertEquals("local.function_set", str(r.get("for_each")), type + "." + name + " for_each");
        return r;
    }

    static List<Map<String, Object>> statements(Map<String, Object> document) {
        List<Map<String, Object>> out = new ArrayList<>(blocks(document.get("statement")));
        if (document.get("dynamic") instanceof Map<?, ?> dyn) {
            for (Map<String, Object> d : blocks(dyn.get("statement"))) {
                out.addAll(blocks(d.get("content")));
            }
        }
        return out;
    }

    /** A nested block written once parses as a map, written several times as a list of maps. */
    static List<Map<String, Object>> blocks(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Object o : l) {
                out.add(map(o, "block"));
            }
            return out;
        }
        return List.of(map(value, "block"));
    }

    @SuppressWarnings("unchecked")
    static void collect(Object section, Map<String, Map<String, Map<String, Object>>> into) {
        if (section == null) {
            return;
        }
        map(section, "section").forEach((type, byName) -> map(byName, type).forEach((name, body) -> {
            var previous = into.computeIfAbsent(type, t -> new TreeMap<>()).put(name, map(body, type + "." + name));
            if (previous != null) {
                fail(type + "." + name + " is declared twice");
            }
        }));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String what) {
        if (o instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new AssertionError(what + " must be a literal map/block, found " + (o == null ? "nothing" : o.getClass().getSimpleName()));
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String what) {
        if (o instanceof List<?> l) {
            return (List<Object>) l;
        }
        throw new AssertionError(what + " must be a list, found " + o);
    }

    static double number(Object o, String what) {
        if (o instanceof Number n) {
            return n.doubleValue();
        }
        throw new AssertionError(what + " must be a number, found " + o);
    }

    /** hcl4j renders references (VariableTree) and interpolated strings through toString. */
    static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
