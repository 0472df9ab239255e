# One aws_lambda_function per entry of local.function_set, all from the same package.

resource "aws_cloudwatch_log_group" "fn" {
  for_each = local.function_set

  name              = "/aws/lambda/${var.name_prefix}-${each.key}"
  retention_in_days = var.log_retention_days
  tags              = local.common_tags
}

resource "aws_s3_object" "package" {
  count = var.package_bucket == null ? 0 : 1

  bucket      = var.package_bucket
  key         = "${var.name_prefix}/function-${filesha256(var.package_path)}.zip"
  source      = var.package_path
  source_hash = filemd5(var.package_path)
  tags        = local.common_tags
}

resource "aws_lambda_function" "fn" {
  for_each = local.function_set

  function_name = "${var.name_prefix}-${each.key}"
  description   = "taskfit ${each.key} (${var.runtime})"
  role          = aws_iam_role.fn[each.key].arn

  # Lambda takes at most 50 MB uploaded directly; larger packages (the JVM zip with the n-gram model is
  # about 66 MB) go through var.package_bucket.
  filename         = var.package_bucket == null ? var.package_path : null
  s3_bucket        = var.package_bucket
  s3_key           = var.package_bucket == null ? null : aws_s3_object.package[0].key
  source_code_hash = filebase64sha256(var.package_path)
  runtime          = local.runtime_settings[var.runtime].runtime
  handler          = local.runtime_settings[var.runtime].handler
  architectures    = [local.functions[each.key].architecture]

  memory_size                    = local.functions[each.key].memory_size
  timeout                        = local.functions[each.key].timeout
  reserved_concurrent_executions = local.functions[each.key].reserved_concurrent_executions

  # SnapStart snapshots published versions only: publish one per code change, the alias follows it.
  publish = local.snapstart

  dynamic "snap_start" {
    for_each = local.snapstart ? [1] : []
    content {
      apply_on = "PublishedVersions"
    }
  }

  # Custom classifiers (var.models_dir) as a layer, for the functions that classify: models_layer.tf.
  layers = local.models_layers[each.key]

  environment {
    variables = merge(local.environment[each.key], local.models_environment[each.key])
  }

  # Active: Lambda samples requests and sends segments to X-Ray (the role gets the grant in iam.tf).
  tracing_config {
    mode = var.tracing ? "Active" : "PassThrough"
  }

  logging_config {
    log_group             = aws_cloudwatch_log_group.fn[each.key].name
    log_format            = var.log_format
    application_log_level = var.log_format == "JSON" ? var.application_log_level : null
    system_log_level      = var.log_format == "JSON" ? var.system_log_level : null
  }

  tags = local.common_tags

  # The role must be allowed to write its log group before the first invocation.
  depends_on = [aws_iam_role_policy.fn]

  lifecycle {
    precondition {
      condition     = var.runtime == "jvm" || !var.jvm_snapstart
      error_message = "jvm_snapstart needs runtime = \"jvm\": SnapStart does not apply to the provided.al2023 runtime (the native executable starts fast without it)."
    }
    precondition {
      condition     = var.runtime == "jvm" || local.functions[each.key].architecture == var.architecture
      error_message = "With runtime = \"native\" every function must use var.architecture: the one native executable is built for one instruction set."
    }
    precondition {
      condition     = var.llm_provider != "bedrock" || length(var.bedrock_model_arns) > 0
      error_message = "llm_provider = \"bedrock\" needs bedrock_model_arns: the functions may only invoke the models listed there."
    }
    precondition {
      condition     = var.llm_provider != "anthropic" || var.llm_api_key_secret_arn != null
      error_message = "llm_provider = \"anthropic\" needs llm_api_key_secret_arn (the ARN of the secret holding the API key)."
    }
    precondition {
      condition     = var.llm_provider != "openai" || var.llm_api_key_secret_arn != null || var.llm_base_url != null
      error_message = "llm_provider = \"openai\" needs llm_api_key_secret_arn, unless llm_base_url points at a keyless OpenAI-compatible server."
    }
  }
}

# SnapStart only: a `live` alias on the latest published (snapshotted) version. API Gateway invokes it.
resource "aws_lambda_alias" "live" {
  for_each = { for name, fn in local.function_set : name => fn if local.snapstart }

  name             = "live"
  description      = "Latest published version of ${var.name_prefix}-${each.key} (SnapStart)"
  function_name    = aws_lambda_function.fn[each.key].function_name
  function_version = aws_lambda_function.fn[each.key].version
}
