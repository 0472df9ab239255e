# taskfit as GraalVM native functions (provided.al2023, x86_64), for service-to-service callers that
# sign their requests with SigV4 (auth = "iam"; attach output invoke_policy_json to their roles).
#   ./mvnw package -Dnative
#   terraform -chdir=terraform/examples/native init
#   terraform -chdir=terraform/examples/native apply -var package_path=../../../target/function.zip -var package_bucket=my-bucket

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
  description = "AWS region to deploy to."
  type        = string
  default     = "eu-west-1"
}

variable "package_path" {
  description = "Path to the native target/function.zip (holds `bootstrap`), relative to this folder or absolute."
  type        = string
}

variable "package_bucket" {
  description = "Existing S3 bucket in the region to upload function.zip through: Lambda takes at most 50 MB directly, and the package with the shipped models is larger. null uploads directly."
  type        = string
  default     = null
}

module "taskfit" {
  source = "../.."

  name_prefix    = "taskfit"
  package_path   = var.package_path
  package_bucket = var.package_bucket
  runtime        = "native"
  # The native executable built by this project is x86_64.
  architecture = "x86_64"

  # Native functions start in well under a second and run in little memory; the LLM functions get
  # more memory mostly for the CPU share that comes with it.
  functions = {
    classify = { memory_size = 256, timeout = 10 }
    generate = { memory_size = 512, timeout = 30 }
    advise   = { memory_size = 512, timeout = 30 }
    pipeline = { memory_size = 512, timeout = 30, reserved_concurrent_executions = 10 }
  }

  # No LLM: /v1/generate answers from the bundled n-gram model.
  llm_provider = "none"

  auth = "iam"

  log_retention_days = 14
  throttling = {
    rate_limit  = 20
    burst_limit = 40
  }
}

output "api_url" {
  description = "Base URL of the deployed API."
  value       = module.taskfit.api_url
}

output "invoke_policy_json" {
  description = "IAM policy the callers need (execute-api:Invoke on the /v1 routes)."
  value       = module.taskfit.invoke_policy_json
}

output "function_names" {
  description = "Deployed function names."
  value       = module.taskfit.function_names
}
