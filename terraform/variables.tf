# ---------------------------------------------------------------------------------------------------
# Package and runtime
# ---------------------------------------------------------------------------------------------------

variable "package_path" {
  description = "Path to the function.zip built by Maven (target/function.zip). Native builds have a `bootstrap` executable at the root of the zip; JVM builds hold the Quarkus Lambda jars. The same zip is deployed as every function of the set."
  type        = string

  validation {
    condition     = endswith(var.package_path, ".zip")
    error_message = "package_path must point at the function.zip that `./mvnw package` (or `./mvnw package -Dnative`) writes to target/."
  }
}

variable "package_bucket" {
  description = "Name of an existing S3 bucket (in the deployment region) to upload the package to before creating the functions. Needed when function.zip is over Lambda's 50 MB direct-upload limit, as the JVM package with the n-gram model is; null uploads directly."
  type        = string
  default     = null
}

variable "name_prefix" {
  description = "Prefix of every resource name: functions are named <name_prefix>-<function>, e.g. taskfit-classify."
  type        = string
  default     = "taskfit"

  validation {
    condition     = can(regex("^[A-Za-z][A-Za-z0-9-]{0,39}$", var.name_prefix))
    error_message = "name_prefix must start with a letter and hold 1-40 letters, digits or hyphens (function and role names are limited to 64 characters)."
  }
}

variable "runtime" {
  description = "Which packaging function.zip holds: `native` (GraalVM native executable, runtime provided.al2023, handler bootstrap) or `jvm` (runtime java21, Quarkus stream handler)."
  type        = string
  default     = "native"

  validation {
    condition     = contains(["native", "jvm"], var.runtime)
    error_message = "runtime must be \"native\" or \"jvm\"."
  }
}

variable "architecture" {
  description = "Default instruction set of the functions. A native package must match the machine that built it: the native executable built by this project's build machines and CI is x86_64; use arm64 only with an aarch64 native build (or with runtime = jvm, where the zip is portable)."
  type        = string
  default     = "x86_64"

  validation {
    condition     = contains(["x86_64", "arm64"], var.architecture)
    error_message = "architecture must be \"x86_64\" or \"arm64\"."
  }
}

variable "jvm_snapstart" {
  description = "runtime = jvm only: turn on Lambda SnapStart. Each apply that changes the code publishes a new version, snapshots it, and moves the `live` alias to it; API Gateway invokes the alias."
  type        = bool
  default     = false
}

variable "jvm_tool_options" {
  description = "runtime = jvm only: JAVA_TOOL_OPTIONS for the functions. The default stops at the C1 compiler, which shortens cold starts of short-lived Lambda JVMs. Empty string: not set."
  type        = string
  default     = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1"
}

# ---------------------------------------------------------------------------------------------------
# Per-function settings
# ---------------------------------------------------------------------------------------------------

variable "functions" {
  description = <<-EOT
    Per-function overrides, keyed by function name (classify, generate, advise, pipeline). Every field is
    optional; an omitted function or field keeps the built-in value:
      memory_size                    MB, 128..10240 (built-in: classify 256, others 512 native; 1024/1536 jvm)
      timeout                        seconds, 1..30 (built-in: classify 10, others 30)
      reserved_concurrent_executions -1 = unreserved, 0 = disabled, n = reserved and capped at n (built-in:
                                     var.llm_reserved_concurrency for generate, advise, pipeline;
                                     unreserved for classify)
      architecture                   x86_64 | arm64 (default: var.architecture)
      environment                    extra environment variables (never secrets: the validation rejects
                                     names ending in API_KEY, PASSWORD, SECRET_KEY or TOKEN)
  EOT
  type = map(object({
    memory_size                    = optional(number)
    timeout                        = optional(number)
    reserved_concurrent_executions = optional(number)
    architecture                   = optional(string)
    environment                    = optional(map(string), {})
  }))
  default = {}

  validation {
    condition     = alltrue([for name in keys(var.functions) : contains(["classify", "generate", "advise", "pipeline"], name)])
    error_message = "functions may only hold the keys classify, generate, advise and pipeline."
  }
  validation {
    condition     = alltrue([for f in values(var.functions) : f.memory_size == null ? true : (f.memory_size >= 128 && f.memory_size <= 10240 && floor(f.memory_size) == f.memory_size)])
    error_message = "memory_size must be a whole number of MB between 128 and 10240."
  }
  validation {
    condition     = alltrue([for f in values(var.functions) : f.timeout == null ? true : (f.timeout >= 1 && f.timeout <= 30 && floor(f.timeout) == f.timeout)])
    error_message = "timeout must be 1..30 seconds: the functions are invoked only through the HTTP API, whose integrations time out after 30 seconds at most."
  }
  validation {
    condition     = alltrue([for f in values(var.functions) : f.reserved_concurrent_executions == null ? true : (f.reserved_concurrent_executions >= -1 && floor(f.reserved_concurrent_executions) == f.reserved_concurrent_executions)])
    error_message = "reserved_concurrent_executions must be -1 (unreserved), 0 (disabled) or a positive whole number."
  }
  validation {
    condition     = alltrue([for f in values(var.functions) : f.architecture == null ? true : contains(["x86_64", "arm64"], f.architecture)])
    error_message = "architecture must be \"x86_64\" or \"arm64\"."
  }
  validation {
    condition     = alltrue(flatten([for f in values(var.functions) : [for k in keys(f.environment) : !can(regex("(?i)(API_KEY|PASSWORD|SECRET_KEY|TOKEN)$", k))]]))
    error_message = "functions[*].environment must not carry secrets: store the key in Secrets Manager or SSM and set llm_api_key_secret_arn."
  }
}

# ---------------------------------------------------------------------------------------------------
# Logs
# ---------------------------------------------------------------------------------------------------

variable "log_retention_days" {
  description = "Retention of every log group (functions and API access logs), in days. One of the values CloudWatch Logs accepts; never-expire (0) is deliberately not offered."
  type        = number
  default     = 30

  validation {
    condition     = contains([1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653], var.log_retention_days)
    error_message = "log_retention_days must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653."
  }
}

variable "log_format" {
  description = "Lambda log format: JSON (structured; enables log-level filtering) or Text."
  type        = string
  default     = "JSON"

  validation {
    condition     = contains(["JSON", "Text"], var.log_format)
    error_message = "log_format must be \"JSON\" or \"Text\"."
  }
}

variable "application_log_level" {
  description = "log_format = JSON only: lowest application log level that Lambda forwards to CloudWatch."
  type        = string
  default     = "INFO"

  validation {
    condition     = contains(["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"], var.application_log_level)
    error_message = "application_log_level must be one of TRACE, DEBUG, INFO, WARN, ERROR, FATAL."
  }
}

variable "system_log_level" {
  description = "log_format = JSON only: lowest Lambda platform log level forwarded (START/END/REPORT lines are INFO)."
  type        = string
  default     = "INFO"

  validation {
    condition     = contains(["DEBUG", "INFO", "WARN"], var.system_log_level)
    error_message = "system_log_level must be one of DEBUG, INFO, WARN."
  }
}

# ---------------------------------------------------------------------------------------------------
# LLM used by generate (and by advise/route and pipeline through it)
# ---------------------------------------------------------------------------------------------------

variable "llm_provider" {
  description = "LLM behind /v1/generate: none (local n-gram model only), openai (any OpenAI-compatible server), anthropic, ollama or bedrock. Sets TASKFIT_GENERATE_PROVIDER."
  type        = string
  default     = "none"

  validation {
    condition     = contains(["none", "openai", "anthropic", "ollama", "bedrock"], var.llm_provider)
    error_message = "llm_provider must be one of none, openai, anthropic, ollama, bedrock."
  }
}

variable "llm_model" {
  description = "Model name or id for the provider (TASKFIT_GENERATE_MODEL), e.g. a Bedrock model id or inference profile id. null: the application's default."
  type        = string
  default     = null
}

variable "llm_base_url" {
  description = "Base URL of the LLM server (TASKFIT_GENERATE_BASE_URL), for OpenAI-compatible or Ollama servers. null: the provider's default."
  type        = string
  default     = null

  validation {
    condition     = var.llm_base_url == null ? true : can(regex("^https?://", var.llm_base_url))
    error_message = "llm_base_url must be an http:// or https:// URL."
  }
}

variable "llm_timeout_seconds" {
  description = "Timeout of one LLM call in seconds (TASKFIT_GENERATE_TIMEOUT, passed as e.g. \"20s\"). Keep it below the function timeout so that generate can still fall back to the n-gram model."
  type        = number
  default     = 20

  validation {
    condition     = var.llm_timeout_seconds >= 1 && var.llm_timeout_seconds <= 29 && floor(var.llm_timeout_seconds) == var.llm_timeout_seconds
    error_message = "llm_timeout_seconds must be a whole number from 1 to 29."
  }
}

variable "llm_api_key_secret_arn" {
  description = "ARN of the Secrets Manager secret (full ARN, with its 6-character suffix) or SSM SecureString parameter that holds the LLM API key. Created outside Terraform (see README) so the key never enters state; only this ARN reaches the functions, as TASKFIT_GENERATE_API_KEY_SECRET, and only generate/advise/pipeline may read it. null: no key (bedrock, ollama, keyless servers)."
  type        = string
  default     = null

  validation {
    condition = var.llm_api_key_secret_arn == null ? true : (
      can(regex("^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]+-[A-Za-z0-9]{6}$", var.llm_api_key_secret_arn)) ||
      can(regex("^arn:aws[a-z-]*:ssm:[a-z0-9-]+:[0-9]{12}:parameter/[A-Za-z0-9/_.-]+$", var.llm_api_key_secret_arn))
    )
    error_message = "llm_api_key_secret_arn must be the full ARN of a Secrets Manager secret (ending in -XXXXXX) or of an SSM parameter, without wildcards."
  }
}

variable "llm_api_key_kms_key_arn" {
  description = "ARN of the customer-managed KMS key that encrypts the API key secret/parameter, if any. The functions then get kms:Decrypt on that key, only when called through Secrets Manager / SSM. null: the AWS-managed key (no extra grant needed)."
  type        = string
  default     = null

  validation {
    condition     = var.llm_api_key_kms_key_arn == null ? true : can(regex("^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:key/[A-Za-z0-9-]+$", var.llm_api_key_kms_key_arn))
    error_message = "llm_api_key_kms_key_arn must be a KMS key ARN (arn:...:kms:REGION:ACCOUNT:key/ID), not an alias and without wildcards."
  }
}

variable "bedrock_model_arns" {
  description = "llm_provider = bedrock: ARNs the functions may invoke (foundation models, inference profiles, provisioned or custom models). For a cross-region inference profile list the profile and the foundation model in every region it routes to. Used only when llm_provider = bedrock."
  type        = list(string)
  default     = []

  validation {
    condition     = alltrue([for a in var.bedrock_model_arns : can(regex("^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:[0-9]{0,12}:(foundation-model|inference-profile|application-inference-profile|provisioned-model|custom-model|imported-model)/[^*?]+$", a))])
    error_message = "bedrock_model_arns must hold Bedrock model or inference-profile ARNs without wildcards."
  }
}

# ---------------------------------------------------------------------------------------------------
# HTTP API
# ---------------------------------------------------------------------------------------------------

variable "auth" {
  description = "Who may call the API, a choice the deployer makes (no default): `iam` (every non-public route uses API Gateway's AWS_IAM authorization; callers sign requests with SigV4 and need execute-api:Invoke, see output invoke_policy_json), `jwt` (every non-public route goes through the JWT authorizer of var.jwt_authorizer), or `none` (open to anyone who has the URL). GET /q/{proxy+} (health, OpenAPI) is always public; the console (GET / and /console/*) follows this choice unless console_public."
  type        = string

  validation {
    condition     = contains(["iam", "jwt", "none"], var.auth)
    error_message = "auth must be \"iam\" (SigV4-signed callers), \"jwt\" (the JWT authorizer; set jwt_authorizer) or \"none\" (open to anyone: say so explicitly)."
  }
}

variable "jwt_authorizer" {
  description = "auth = jwt only (and then required): the JWT authorizer of every non-public route: issuer (https URL of the OIDC issuer), audience (accepted `aud` values), scopes (required scopes; empty: any)."
  type = object({
    issuer   = string
    audience = list(string)
    scopes   = optional(list(string), [])
  })
  default = null

  validation {
    condition     = var.jwt_authorizer == null ? true : (startswith(var.jwt_authorizer.issuer, "https://") && length(var.jwt_authorizer.audience) > 0)
    error_message = "jwt_authorizer.issuer must be an https:// URL and audience must hold at least one value."
  }
}

variable "console_public" {
  description = "Serve the web console (GET / and GET /console/{proxy+}) without authorization whatever var.auth says. The page itself holds no data; its calls to /v1 still need the API's authorization. Under auth = iam a browser cannot sign requests, so use jwt or this switch to open the page."
  type        = bool
  default     = false
}

variable "llm_throttling" {
  description = "Route throttling of the routes that can reach the LLM on every call (POST /v1/generate, /v1/pipeline, /v1/route): steady-state requests per second and burst, for all callers together. Lower than var.throttling (a precondition checks it)."
  type = object({
    rate_limit  = optional(number, 5)
    burst_limit = optional(number, 10)
  })
  default = {}

  validation {
    condition     = var.llm_throttling.rate_limit > 0 && var.llm_throttling.burst_limit > 0 && var.llm_throttling.burst_limit <= 5000 && floor(var.llm_throttling.burst_limit) == var.llm_throttling.burst_limit
    error_message = "llm_throttling.rate_limit must be > 0 and llm_throttling.burst_limit a whole number 1..5000."
  }
}

variable "llm_reserved_concurrency" {
  description = "Reserved concurrency (and so the cap on concurrent instances) of each function that may call the LLM (generate, advise, pipeline), unless functions[<name>].reserved_concurrent_executions says otherwise. With llm_max_calls_per_minute it bounds LLM calls: at most this x 3 functions x that many calls a minute. -1: unreserved (no cap; needed in accounts whose concurrency quota is too small to reserve any)."
  type        = number
  default     = 5

  validation {
    condition     = var.llm_reserved_concurrency >= -1 && floor(var.llm_reserved_concurrency) == var.llm_reserved_concurrency
    error_message = "llm_reserved_concurrency must be -1 (unreserved), 0 (disabled) or a positive whole number."
  }
}

variable "llm_max_calls_per_minute" {
  description = "Most LLM calls one function instance makes in any minute (TASKFIT_GENERATE_MAX_CALLS_PER_MINUTE). Over it, generator auto falls back to the n-gram model with the reason and generator llm answers 429 with Retry-After."
  type        = number
  default     = 60

  validation {
    condition     = var.llm_max_calls_per_minute >= 1 && var.llm_max_calls_per_minute <= 100000 && floor(var.llm_max_calls_per_minute) == var.llm_max_calls_per_minute
    error_message = "llm_max_calls_per_minute must be a whole number from 1 to 100000."
  }
}

variable "cors" {
  description = "Optional CORS configuration of the HTTP API (API Gateway answers preflight requests itself). null: no CORS headers."
  type = object({
    allow_origins     = list(string)
    allow_methods     = optional(list(string), ["GET", "POST", "OPTIONS"])
    allow_headers     = optional(list(string), ["authorization", "content-type"])
    expose_headers    = optional(list(string), [])
    max_age           = optional(number, 600)
    allow_credentials = optional(bool, false)
  })
  default = null

  validation {
    condition     = var.cors == null ? true : (length(var.cors.allow_origins) > 0 && !(var.cors.allow_credentials && contains(var.cors.allow_origins, "*")))
    error_message = "cors.allow_origins must not be empty, and cannot be \"*\" when allow_credentials is true."
  }
  validation {
    condition     = var.cors == null ? true : (var.cors.max_age >= 0 && var.cors.max_age <= 86400)
    error_message = "cors.max_age must be 0..86400 seconds."
  }
}

variable "throttling" {
  description = "Default route throttling of the $default stage: steady-state requests per second and burst size."
  type = object({
    rate_limit  = optional(number, 50)
    burst_limit = optional(number, 100)
  })
  default = {}

  validation {
    condition     = var.throttling.rate_limit > 0 && var.throttling.burst_limit > 0 && var.throttling.burst_limit <= 5000 && floor(var.throttling.burst_limit) == var.throttling.burst_limit
    error_message = "throttling.rate_limit must be > 0 and throttling.burst_limit a whole number 1..5000."
  }
}

variable "tags" {
  description = "Tags added to every resource that takes tags."
  type        = map(string)
  default     = {}
}

# ---------------------------------------------------------------------------------------------------
# Tracing, metrics and alarms (monitoring.tf)
# ---------------------------------------------------------------------------------------------------

variable "tracing" {
  description = "Active X-Ray tracing of every function (tracing_config mode Active, and the xray:PutTraceSegments / PutTelemetryRecords grant it needs). false: PassThrough, no grant."
  type        = bool
  default     = false
}

variable "metrics_namespace" {
  description = "CloudWatch namespace of the application's own metrics (embedded metric format log lines; TASKFIT_METRICS_NAMESPACE). The dashboard and the fallback alarm read it."
  type        = string
  default     = "taskfit"

  validation {
    condition     = can(regex("^[A-Za-z0-9._/#:-]{1,255}$", var.metrics_namespace)) && !startswith(var.metrics_namespace, "AWS/")
    error_message = "metrics_namespace must be 1-255 letters, digits or . _ / # : - and must not start with AWS/."
  }
}

variable "alarm_sns_topic_arn" {
  description = "ARN of an existing SNS topic that the alarms notify (on ALARM and on OK). null: no alarms are created."
  type        = string
  default     = null

  validation {
    condition     = var.alarm_sns_topic_arn == null ? true : can(regex("^arn:aws[a-z-]*:sns:[a-z0-9-]+:[0-9]{12}:[A-Za-z0-9_-]{1,256}$", var.alarm_sns_topic_arn))
    error_message = "alarm_sns_topic_arn must be an SNS topic ARN (arn:...:sns:REGION:ACCOUNT:NAME)."
  }
}

variable "alarm_thresholds" {
  description = <<-EOT
    When the alarms fire (each over 5 one-minute periods, 3 of them breaching):
      error_rate_percent     5xx answers of the HTTP API, percent of its requests (default 5)
      throttles              Lambda throttles of one function in a minute (default 1: any)
      p99_duration_percent   p99 duration of one function, percent of its timeout (default 80)
      fallback_rate_percent  n-gram fallbacks per LLM call of one function, percent (default 20)
  EOT
  type = object({
    error_rate_percent    = optional(number, 5)
    throttles             = optional(number, 1)
    p99_duration_percent  = optional(number, 80)
    fallback_rate_percent = optional(number, 20)
  })
  default = {}

  validation {
    condition = (var.alarm_thresholds.error_rate_percent > 0 && var.alarm_thresholds.error_rate_percent <= 100 &&
      var.alarm_thresholds.throttles >= 1 &&
      var.alarm_thresholds.p99_duration_percent > 0 && var.alarm_thresholds.p99_duration_percent <= 100 &&
    var.alarm_thresholds.fallback_rate_percent > 0 && var.alarm_thresholds.fallback_rate_percent <= 100)
    error_message = "alarm_thresholds: the percentages must be in (0, 100] and throttles at least 1."
  }
}

variable "models_dir" {
  description = "Local directory of your own classifiers (*.tfc from the train command), packed into a Lambda layer for the functions that classify (classify, advise, pipeline) and served beside the shipped models. null: shipped models only."
  type        = string
  default     = null

  validation {
    condition     = var.models_dir == null ? true : length(fileset(var.models_dir, "*.tfc")) > 0
    error_message = "models_dir must be a directory holding at least one *.tfc model file."
  }
}
