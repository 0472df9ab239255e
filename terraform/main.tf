# The function set and the HTTP endpoints it serves: the single source of truth of this module.
# Every per-function resource (log group, role, policy, function, integration) iterates over
# local.function_set, every per-endpoint resource (route, Lambda permission) over local.endpoints,
# so adding an endpoint or a function is a one-line change here. Keep both maps plain literals:
# src/test/java/dev/taskfit/infra/TerraformStructureTest.java parses them and checks the wiring.

locals {
  # Every function deployed from the one artifact. memory_native / memory_jvm and timeout are the
  # built-in sizes (var.functions overrides them); uses_llm marks the functions that may reach the LLM:
  # only they get the TASKFIT_GENERATE_* settings, the Bedrock grant and read access to the API key.
  function_set = {
    classify = { memory_native = 256, memory_jvm = 1024, timeout = 10, uses_llm = false }
    generate = { memory_native = 512, memory_jvm = 1536, timeout = 30, uses_llm = true }
    advise   = { memory_native = 512, memory_jvm = 1536, timeout = 30, uses_llm = true }
    pipeline = { memory_native = 512, memory_jvm = 1536, timeout = 30, uses_llm = true }
  }

  # Every HTTP endpoint: one API Gateway route and one Lambda permission each, sent to its function.
  # access says who may call it: "api" routes carry var.auth's authorization; "public" ones never do
  # (health and OpenAPI carry no user data, and uptime probes carry no token); "console" routes (the web
  # page at / and its assets) follow var.auth unless var.console_public. llm = true: the route can reach
  # the LLM on every call, so it gets var.llm_throttling instead of the stage's default throttle.
  # `route` runs the advised family, so it lives with the advisor. /q/* (health, OpenAPI) and the console
  # also go to advise: its container loads every model and the generator configuration (route uses them
  # all), so its readiness covers the whole application, and they add no permission to any role.
  endpoints = {
    classify       = { method = "POST", path = "/v1/classify", function = "classify", access = "api", llm = false }
    models         = { method = "GET", path = "/v1/models", function = "classify", access = "api", llm = false }
    generate       = { method = "POST", path = "/v1/generate", function = "generate", access = "api", llm = true }
    advise         = { method = "POST", path = "/v1/advise", function = "advise", access = "api", llm = false }
    route          = { method = "POST", path = "/v1/route", function = "advise", access = "api", llm = true }
    pipeline       = { method = "POST", path = "/v1/pipeline", function = "pipeline", access = "api", llm = true }
    quarkus        = { method = "GET", path = "/q/{proxy+}", function = "advise", access = "public", llm = false }
    console        = { method = "GET", path = "/", function = "advise", access = "console", llm = false }
    console_assets = { method = "GET", path = "/console/{proxy+}", function = "advise", access = "console", llm = false }
  }

  # The authorization_type of a guarded route, by var.auth: SigV4-signed callers, the JWT authorizer, or
  # nobody (open, chosen explicitly).
  authorization_types = {
    iam  = "AWS_IAM"
    jwt  = "JWT"
    none = "NONE"
  }

  # The runtime switch: what function.zip holds decides the Lambda runtime and handler.
  runtime_settings = {
    native = { runtime = "provided.al2023", handler = "bootstrap" }
    jvm    = { runtime = "java21", handler = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest" }
  }
}
