# One HTTP API, one integration per function, one route + one Lambda permission per endpoint.

resource "aws_apigatewayv2_api" "http" {
  name          = "${var.name_prefix}-http-api"
  description   = "taskfit: match the model family to the question"
  protocol_type = "HTTP"

  dynamic "cors_configuration" {
    for_each = var.cors == null ? [] : [var.cors]
    content {
      allow_origins     = cors_configuration.value.allow_origins
      allow_methods     = cors_configuration.value.allow_methods
      allow_headers     = cors_configuration.value.allow_headers
      expose_headers    = cors_configuration.value.expose_headers
      max_age           = cors_configuration.value.max_age
      allow_credentials = cors_configuration.value.allow_credentials
    }
  }

  tags = local.common_tags
}

resource "aws_apigatewayv2_authorizer" "jwt" {
  count = local.jwt_enabled ? 1 : 0

  api_id           = aws_apigatewayv2_api.http.id
  name             = "${var.name_prefix}-jwt"
  authorizer_type  = "JWT"
  identity_sources = ["$request.header.Authorization"]

  jwt_configuration {
    issuer   = var.jwt_authorizer.issuer
    audience = var.jwt_authorizer.audience
  }
}

resource "aws_apigatewayv2_integration" "fn" {
  for_each = local.function_set

  api_id                 = aws_apigatewayv2_api.http.id
  description            = "taskfit ${each.key}"
  integration_type       = "AWS_PROXY"
  integration_method     = "POST"
  integration_uri        = local.invoke_targets[each.key].invoke_arn
  payload_format_version = "2.0"
  timeout_milliseconds   = min(30000, local.functions[each.key].timeout * 1000 + 1000)
}

resource "aws_apigatewayv2_route" "endpoint" {
  for_each = local.endpoints

  api_id    = aws_apigatewayv2_api.http.id
  route_key = "${each.value.method} ${each.value.path}"
  target    = "integrations/${aws_apigatewayv2_integration.fn[each.value.function].id}"

  # var.auth decides; see local.route_authorization (public routes are always NONE).
  authorization_type   = local.route_authorization[each.key]
  authorizer_id        = local.route_authorization[each.key] == "JWT" ? one(aws_apigatewayv2_authorizer.jwt[*].id) : null
  authorization_scopes = local.route_authorization[each.key] == "JWT" && length(try(var.jwt_authorizer.scopes, [])) > 0 ? var.jwt_authorizer.scopes : null

  lifecycle {
    precondition {
      condition     = var.auth != "jwt" || var.jwt_authorizer != null
      error_message = "auth = \"jwt\" needs jwt_authorizer (issuer and audience)."
    }
    precondition {
      condition     = var.auth == "jwt" || var.jwt_authorizer == null
      error_message = "jwt_authorizer is set but auth is not \"jwt\": it would guard nothing. Set auth = \"jwt\" or remove jwt_authorizer."
    }
  }
}

resource "aws_lambda_permission" "endpoint" {
  for_each = local.endpoints

  statement_id  = "AllowHttpApi-${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.fn[each.value.function].function_name
  qualifier     = local.invoke_targets[each.value.function].qualifier
  principal     = "apigateway.amazonaws.com"
  # Any stage of this API, this method and path only.
  source_arn = "${aws_apigatewayv2_api.http.execution_arn}/*/${each.value.method}${local.permission_paths[each.key]}"
}

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/aws/apigateway/${var.name_prefix}-http-api"
  retention_in_days = var.log_retention_days
  tags              = local.common_tags
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    # One JSON line per request; integrationRequestId is the Lambda request id of the invocation.
    format = jsonencode({
      requestId            = "$context.requestId"
      requestTime          = "$context.requestTime"
      sourceIp             = "$context.identity.sourceIp"
      userAgent            = "$context.identity.userAgent"
      httpMethod           = "$context.httpMethod"
      path                 = "$context.path"
      routeKey             = "$context.routeKey"
      protocol             = "$context.protocol"
      status               = "$context.status"
      responseLength       = "$context.responseLength"
      responseLatency      = "$context.responseLatency"
      integrationStatus    = "$context.integrationStatus"
      integrationLatency   = "$context.integrationLatency"
      integrationRequestId = "$context.integration.requestId"
      integrationError     = "$context.integrationErrorMessage"
      authorizerError      = "$context.authorizer.error"
    })
  }

  default_route_settings {
    throttling_rate_limit    = var.throttling.rate_limit
    throttling_burst_limit   = var.throttling.burst_limit
    detailed_metrics_enabled = true
  }

  # The routes that reach the LLM get their own, lower throttle.
  dynamic "route_settings" {
    for_each = local.llm_route_keys
    content {
      route_key                = route_settings.value
      throttling_rate_limit    = var.llm_throttling.rate_limit
      throttling_burst_limit   = var.llm_throttling.burst_limit
      detailed_metrics_enabled = true
    }
  }

  tags = local.common_tags

  lifecycle {
    precondition {
      condition     = var.llm_throttling.rate_limit <= var.throttling.rate_limit && var.llm_throttling.burst_limit <= var.throttling.burst_limit
      error_message = "llm_throttling must not be above throttling: the LLM routes are the expensive ones."
    }
  }
}

# Open LLM spend is a decision to see at every plan, not a default to forget.
check "llm_spend_not_open_to_anyone" {
  assert {
    condition     = !(var.auth == "none" && var.llm_provider != "none")
    error_message = "auth = \"none\" with llm_provider = \"${var.llm_provider}\": anyone who finds the URL can spend your LLM budget through /v1/generate, /v1/pipeline and /v1/route (bounded only by llm_throttling, llm_reserved_concurrency and llm_max_calls_per_minute). Use auth = \"iam\" or \"jwt\" unless that is intended."
  }
}

# What a caller's IAM identity needs under auth = "iam" (output invoke_policy_json): invoke the /v1 routes of
# this API's $default stage, nothing else.
data "aws_iam_policy_document" "invoke" {
  statement {
    sid       = "InvokeTaskfitApi"
    effect    = "Allow"
    actions   = ["execute-api:Invoke"]
    resources = local.invoke_resource_arns
  }
}
