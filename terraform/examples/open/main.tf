# taskfit open to anyone who has the URL (auth = "none"), for a demo: no LLM, so nothing it can spend,
# and a low throttle. With an LLM configured, `terraform plan` warns that LLM spend is open to anyone.
#   ./mvnw package -Dnative
#   terraform -chdir=terraform/examples/open init
#   terraform -chdir=terraform/examples/open apply -var package_path=../../../target/function.zip -var package_bucket=my-bucket

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
  description = "Path to target/function.zip, relative to this folder or absolute."
  type        = string
}

variable "package_bucket" {
  description = "Existing S3 bucket in the region to upload function.zip through (over 50 MB). null uploads directly."
  type        = string
  default     = null
}

module "taskfit" {
  source = "../.."

  name_prefix    = "taskfit-demo"
  package_path   = var.package_path
  package_bucket = var.package_bucket

  # Open on purpose: a public demo of the classifiers and the n-gram model.
  auth         = "none"
  llm_provider = "none"

  throttling = {
    rate_limit  = 10
    burst_limit = 20
  }
  llm_throttling = {
    rate_limit  = 2
    burst_limit = 4
  }
}

output "api_url" {
  description = "Base URL of the deployed API; the console is at its root."
  value       = module.taskfit.api_url
}
