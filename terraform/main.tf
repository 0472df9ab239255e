# The function set and the HTTP endpoints it serves. Everything else (functions, log groups, roles,
# integrations, routes, permissions) is generated from these two maps with for_each, so adding an
# endpoint or a function is a one-line change here. The structure test reads both maps.

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
  # public = true: never behind the JWT authorizer (health and OpenAPI carry no user data, and uptime
  # probes carry no token). `route` runs the advised family, so it lives with the advisor.
  endpoints = {
    classify = { method = "POST", path = "/v1/classify", function = "classify", public = false }
    models   = { method = "GET", path = "/v1/models", function = "classify", public = false }
    generate = { method = "POST", path = "/v1/generate", function = "generate", public = false }
    advise   = { method = "POST", path = "/v1/advise", function = "advise", public = false }
    route    = { method = "POST", path = "/v1/route", function = "advise", public = false }
    pipeline = { method = "POST", path = "/v1/pipeline", function = "pipeline", public = false }
    quarkus  = { method = "GET", path = "/q/{proxy+}", function = "advise", public = true }
  }

  # The endpoints actually routed: /q/* can be switched off.
  routed_endpoints = {
    for key, e in local.endpoints : key => e
    if var.expose_quarkus_endpoints || !startswith(e.path, "/q/")
  }

  snapstart   = var.runtime == "jvm" && var.jvm_snapstart
  jwt_enabled = var.jwt_authorizer != null

  # Effective per-function settings: built-in size, overridden by var.functions.
  functions = {
    for name, f in local.function_set : name => {
      memory_size = coalesce(try(var.functions[name].memory_size, null), var.runtime == "jvm" ? f.memory_jvm : f.memory_native)
      timeout     = coalesce(try(var.functions[name].timeout, null), f.timeout)
      # -1 = no reservation (the function draws on the account's unreserved pool).
      reserved_concurrent_executions = try(var.functions[name].reserved_concurrent_executions, -1)
      architecture                   = coalesce(try(var.functions[name].architecture, null), var.architecture)
      environment                    = try(var.functions[name].environment, {})
      uses_llm                       = f.uses_llm
    }
  }

  runtime_settings = {
    native = { runtime = "provided.al2023", handler = "bootstrap" }
    jvm    = { runtime = "java21", handler = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest" }
  }

  # The LLM API key is never a value here: only the ARN of the secret / parameter that holds it.
  key_ref_service = var.llm_api_key_secret_arn == null ? null : split(":", var.llm_api_key_secret_arn)[2]
  key_ref_region  = var.llm_api_key_secret_arn == null ? null : split(":", var.llm_api_key_secret_arn)[3]

  llm_environment = {
    TASKFIT_GENERATE_PROVIDER       = var.llm_provider
    TASKFIT_GENERATE_MODEL          = var.llm_model
    TASKFIT_GENERATE_BASE_URL       = var.llm_base_url
    TASKFIT_GENERATE_TIMEOUT        = "${var.llm_timeout_seconds}s"
    TASKFIT_GENERATE_API_KEY_SECRET = var.llm_api_key_secret_arn
  }

  runtime_environment = var.runtime == "native" ? {
    # Quarkus' native Lambda bootstrap: let the Lambda runtime own the process signals.
    DISABLE_SIGNAL_HANDLERS = "true"
    } : {
    JAVA_TOOL_OPTIONS = var.jvm_tool_options
  }

  environment = {
    for name, f in local.functions : name => {
      for k, v in merge(
        { TASKFIT_FUNCTION = name },
        local.runtime_environment,
        f.uses_llm ? local.llm_environment : {},
        f.environment,
      ) : k => v if v != null && v != ""
    }
  }

  common_tags = merge({ "app" = "taskfit" }, var.tags)
}

data "aws_partition" "current" {}
