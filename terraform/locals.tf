# Values derived from local.function_set, local.endpoints and the variables.

locals {
  snapstart   = var.runtime == "jvm" && var.jvm_snapstart
  jwt_enabled = var.auth == "jwt"

  # authorization_type of each endpoint's route: "api" routes, and "console" ones unless var.console_public,
  # carry var.auth's authorization; "public" ones never do.
  route_authorization = {
    for key, e in local.endpoints : key => (
      e.access == "api" || (e.access == "console" && !var.console_public) ? local.authorization_types[var.auth] : "NONE"
    )
  }

  # Route keys of the routes that reach the LLM, taken from the routes so that their throttle follows them.
  llm_route_keys = { for key, r in aws_apigatewayv2_route.endpoint : key => r.route_key if local.endpoints[key].llm }

  # What a SigV4 caller must be allowed (auth = iam): execute-api:Invoke on each /v1 route of the $default stage.
  invoke_resource_arns = [
    for key, e in local.endpoints : "${aws_apigatewayv2_api.http.execution_arn}/${aws_apigatewayv2_stage.default.name}/${e.method}${e.path}"
    if e.access == "api"
  ]

  # Effective per-function settings: built-in size, overridden by var.functions.
  functions = {
    for name, f in local.function_set : name => {
      memory_size = coalesce(try(var.functions[name].memory_size, null), var.runtime == "jvm" ? f.memory_jvm : f.memory_native)
      timeout     = coalesce(try(var.functions[name].timeout, null), f.timeout)
      # -1 = no reservation (the function draws on the account's unreserved pool). The LLM functions are
      # capped by default, so that concurrency x the per-instance call bound bounds LLM spend.
      reserved_concurrent_executions = coalesce(try(var.functions[name].reserved_concurrent_executions, null), f.uses_llm ? var.llm_reserved_concurrency : -1)
      architecture                   = coalesce(try(var.functions[name].architecture, null), var.architecture)
      environment                    = try(var.functions[name].environment, {})
      uses_llm                       = f.uses_llm
    }
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
    # Per instance; together with the reserved concurrency it bounds what the LLM can cost.
    TASKFIT_GENERATE_MAX_CALLS_PER_MINUTE = tostring(var.llm_max_calls_per_minute)
  }

  # The application's embedded-metric-format lines go to this namespace (monitoring.tf reads it back).
  metrics_environment = {
    TASKFIT_METRICS_NAMESPACE = var.metrics_namespace
  }

  runtime_environment = {
    # Quarkus' native Lambda bootstrap: let the Lambda runtime own the process signals.
    native = { DISABLE_SIGNAL_HANDLERS = "true" }
    jvm    = { JAVA_TOOL_OPTIONS = var.jvm_tool_options }
  }[var.runtime]

  environment = {
    for name, f in local.functions : name => {
      for k, v in merge(
        { TASKFIT_FUNCTION = name },
        local.runtime_environment,
        local.metrics_environment,
        { for key, value in local.llm_environment : key => value if f.uses_llm },
        f.environment,
      ) : k => v if v != null && v != ""
    }
  }

  common_tags = merge({ "app" = "taskfit" }, var.tags)

  # Path part of each endpoint's permission source ARN: a greedy {proxy+} segment becomes `*`, so the
  # permission covers exactly the paths that route matches (e.g. /q/health, /q/openapi).
  permission_paths = { for key, e in local.endpoints : key => replace(e.path, "{proxy+}", "*") }

  # What API Gateway invokes for each function: the function itself, or its alias when SnapStart is on.
  invoke_targets = merge(
    { for name, f in aws_lambda_function.fn : name => { invoke_arn = f.invoke_arn, qualifier = null } },
    { for name, a in aws_lambda_alias.live : name => { invoke_arn = a.invoke_arn, qualifier = a.name } },
  )
}
