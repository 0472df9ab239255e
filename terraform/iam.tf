# One role per function, least privilege. The only wildcards are the `:*` suffix on the function's own
# log group ARN (the log streams Lambda creates inside that one group) and, with var.tracing only, the
# X-Ray write actions, which take no resource but `*` (see README, "IAM").

# For the kms:ViaService condition (amazonaws.com, or the partition's own DNS suffix).
data "aws_partition" "current" {}

data "aws_iam_policy_document" "assume_lambda" {
  statement {
    sid     = "LambdaAssumeRole"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "fn" {
  for_each = local.function_set

  name               = "${var.name_prefix}-${each.key}"
  description        = "Execution role of the taskfit ${each.key} function"
  assume_role_policy = data.aws_iam_policy_document.assume_lambda.json
  tags               = local.common_tags
}

data "aws_iam_policy_document" "fn" {
  for_each = local.function_set

  # Write its own log group only (the group is created by Terraform, so no logs:CreateLogGroup).
  statement {
    sid       = "OwnLogGroup"
    effect    = "Allow"
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = [aws_cloudwatch_log_group.fn[each.key].arn, "${aws_cloudwatch_log_group.fn[each.key].arn}:*"]
  }

  # X-Ray: PutTraceSegments and PutTelemetryRecords support no resource-level permissions, so `*` is the
  # only resource they take; only these two write actions, only with var.tracing.
  dynamic "statement" {
    for_each = var.tracing ? [1] : []
    content {
      sid       = "WriteTraces"
      effect    = "Allow"
      actions   = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"]
      resources = ["*"]
    }
  }

  # Bedrock: only the LLM functions, only with provider bedrock, only the configured models.
  # Converse is authorised by bedrock:InvokeModel (no streaming is used, so no InvokeModelWithResponseStream).
  dynamic "statement" {
    for_each = each.value.uses_llm && var.llm_provider == "bedrock" && length(var.bedrock_model_arns) > 0 ? [1] : []
    content {
      sid       = "InvokeConfiguredBedrockModels"
      effect    = "Allow"
      actions   = ["bedrock:InvokeModel"]
      resources = var.bedrock_model_arns
    }
  }

  # The LLM API key: read the one secret at start-up.
  dynamic "statement" {
    for_each = each.value.uses_llm && local.key_ref_service == "secretsmanager" ? [1] : []
    content {
      sid       = "ReadLlmApiKeySecret"
      effect    = "Allow"
      actions   = ["secretsmanager:GetSecretValue"]
      resources = [var.llm_api_key_secret_arn]
    }
  }

  dynamic "statement" {
    for_each = each.value.uses_llm && local.key_ref_service == "ssm" ? [1] : []
    content {
      sid       = "ReadLlmApiKeyParameter"
      effect    = "Allow"
      actions   = ["ssm:GetParameter"]
      resources = [var.llm_api_key_secret_arn]
    }
  }

  # A customer-managed key: decrypt through Secrets Manager / SSM only.
  dynamic "statement" {
    for_each = each.value.uses_llm && local.key_ref_service != null && var.llm_api_key_kms_key_arn != null ? [1] : []
    content {
      sid       = "DecryptLlmApiKey"
      effect    = "Allow"
      actions   = ["kms:Decrypt"]
      resources = [var.llm_api_key_kms_key_arn]

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["${local.key_ref_service}.${local.key_ref_region}.${data.aws_partition.current.dns_suffix}"]
      }
    }
  }
}

resource "aws_iam_role_policy" "fn" {
  for_each = local.function_set

  name   = "${var.name_prefix}-${each.key}"
  role   = aws_iam_role.fn[each.key].id
  policy = data.aws_iam_policy_document.fn[each.key].json
}
