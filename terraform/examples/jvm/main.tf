# taskfit on the java21 managed runtime with SnapStart, arm64, and Bedrock as the LLM, behind a JWT
# authorizer (users of the web console sign in with your OIDC provider), with tracing and alarms.
#   ./mvnw package
#   terraform -chdir=terraform/examples/jvm init
#   terraform -chdir=terraform/examples/jvm apply -var package_path=../../../target/function.zip -var package_bucket=my-bucket \
#     -var jwt_issuer=https://cognito-idp.us-east-1.amazonaws.com/us-east-1_EXAMPLE -var jwt_audience=my-app-client-id

terraform {
  required_version = ">= 1.6"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  description = "AWS region to deploy to (Bedrock model access must be enabled there)."
  type        = string
  default     = "us-east-1"
}

variable "package_path" {
  description = "Path to the JVM target/function.zip, relative to this folder or absolute."
  type        = string
}

variable "bedrock_model_id" {
  description = "Bedrock foundation model id used by /v1/generate."
  type        = string
  default     = "amazon.nova-micro-v1:0"
}

data "aws_partition" "current" {}

variable "jwt_issuer" {
  description = "https URL of the OIDC issuer whose tokens the API accepts (e.g. a Cognito user pool)."
  type        = string
}

variable "jwt_audience" {
  description = "The `aud` (client id) the tokens must carry."
  type        = string
}

variable "alarm_sns_topic_arn" {
  description = "Existing SNS topic the alarms notify; null: no alarms."
  type        = string
  default     = null
}

variable "package_bucket" {
  description = "Existing S3 bucket in the region to upload function.zip through: Lambda takes at most 50 MB directly, and the package with the shipped models is larger. null uploads directly."
  type        = string
  default     = null
}

module "taskfit" {
  source = "../.."

  name_prefix    = "taskfit-jvm"
  package_path   = var.package_path
  package_bucket = var.package_bucket
  runtime        = "jvm"
  # The JVM package is portable: Graviton is cheaper per GB-second.
  architecture  = "arm64"
  jvm_snapstart = true

  functions = {
    classify = { memory_size = 1024, timeout = 10 }
    generate = { memory_size = 1536, timeout = 30 }
    advise   = { memory_size = 1536, timeout = 30 }
    pipeline = { memory_size = 1536, timeout = 30, reserved_concurrent_executions = 10 }
  }

  llm_provider        = "bedrock"
  llm_model           = var.bedrock_model_id
  llm_timeout_seconds = 20
  bedrock_model_arns = [
    "arn:${data.aws_partition.current.partition}:bedrock:${var.region}::foundation-model/${var.bedrock_model_id}",
  ]

  log_retention_days = 30

  # Callers present a JWT from the issuer; the console page needs one too (it sends the user's token).
  auth = "jwt"
  jwt_authorizer = {
    issuer   = var.jwt_issuer
    audience = [var.jwt_audience]
  }
  llm_throttling           = { rate_limit = 5, burst_limit = 10 }
  llm_reserved_concurrency = 5
  llm_max_calls_per_minute = 60

  tracing             = true
  alarm_sns_topic_arn = var.alarm_sns_topic_arn

  cors = {
    allow_origins = ["https://example.com"]
  }
}

output "api_url" {
  description = "Base URL of the deployed API."
  value       = module.taskfit.api_url
}

output "function_alias_arns" {
  description = "SnapStart aliases invoked by the API."
  value       = module.taskfit.function_alias_arns
}
