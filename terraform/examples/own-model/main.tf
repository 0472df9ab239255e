# taskfit (native) serving your own classifier beside the shipped ones: the models directory becomes a Lambda
# layer on the functions that classify. See docs/your-own-model.md.
#   ./taskfit train tickets.csv -o models/tickets.tfc
#   ./mvnw package -Dnative
#   terraform -chdir=terraform/examples/own-model init
#   terraform -chdir=terraform/examples/own-model apply -var package_path=../../../target/function.zip -var models_dir=../../../models

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
  description = "Existing S3 bucket in the region to upload function.zip through (packages over 50 MB). null uploads directly."
  type        = string
  default     = null
}

variable "models_dir" {
  description = "Directory of your *.tfc model files, relative to this folder or absolute."
  type        = string
}

module "taskfit" {
  source = "../.."

  name_prefix    = "taskfit-own"
  package_path   = var.package_path
  package_bucket = var.package_bucket
  runtime        = "native"
  architecture   = "x86_64"
  models_dir     = var.models_dir

  # callers sign their requests with SigV4; attach output invoke_policy_json to their roles
  auth = "iam"

  log_retention_days = 14
}

output "api_url" {
  description = "Base URL of the deployed API: GET /v1/models lists your model with its version."
  value       = module.taskfit.api_url
}
