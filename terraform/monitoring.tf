# Alarms (only with var.alarm_sns_topic_arn) and one dashboard: the HTTP API's 5xx rate, each function's
# throttles and p99 duration from Lambda's own metrics, and each LLM function's fallback rate from the
# application's embedded-metric-format lines (namespace var.metrics_namespace, dimension Function).

data "aws_region" "current" {}

resource "aws_cloudwatch_metric_alarm" "error_rate" {
  count = local.alarms_enabled ? 1 : 0

  alarm_name          = "${var.name_prefix}-5xx-rate"
  alarm_description   = "5xx answers of the taskfit HTTP API above ${var.alarm_thresholds.error_rate_percent}% of its requests"
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.alarm_thresholds.error_rate_percent
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_sns_topic_arn]
  ok_actions          = [var.alarm_sns_topic_arn]

  metric_query {
    id          = "rate"
    expression  = "IF(requests > 0, 100 * errors / requests, 0)"
    label       = "5xx, % of requests"
    return_data = true
  }

  metric_query {
    id = "errors"
    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "5xx"
      dimensions  = { ApiId = aws_apigatewayv2_api.http.id }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "requests"
    metric {
      namespace   = "AWS/ApiGateway"
      metric_name = "Count"
      dimensions  = { ApiId = aws_apigatewayv2_api.http.id }
      period      = 60
      stat        = "Sum"
    }
  }

  tags = local.common_tags
}

resource "aws_cloudwatch_metric_alarm" "throttles" {
  for_each = local.alarm_functions

  alarm_name          = "${var.name_prefix}-${each.key}-throttles"
  alarm_description   = "Lambda throttled ${var.name_prefix}-${each.key} (reserved concurrency or the account limit reached)"
  namespace           = "AWS/Lambda"
  metric_name         = "Throttles"
  dimensions          = { FunctionName = aws_lambda_function.fn[each.key].function_name }
  statistic           = "Sum"
  period              = 60
  comparison_operator = "GreaterThanOrEqualToThreshold"
  threshold           = var.alarm_thresholds.throttles
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_sns_topic_arn]
  ok_actions          = [var.alarm_sns_topic_arn]
  tags                = local.common_tags
}

resource "aws_cloudwatch_metric_alarm" "p99_duration" {
  for_each = local.alarm_functions

  alarm_name          = "${var.name_prefix}-${each.key}-p99-duration"
  alarm_description   = "p99 duration of ${var.name_prefix}-${each.key} above ${var.alarm_thresholds.p99_duration_percent}% of its timeout"
  namespace           = "AWS/Lambda"
  metric_name         = "Duration"
  dimensions          = { FunctionName = aws_lambda_function.fn[each.key].function_name }
  extended_statistic  = "p99"
  period              = 60
  comparison_operator = "GreaterThanThreshold"
  threshold           = local.p99_threshold_ms[each.key]
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_sns_topic_arn]
  ok_actions          = [var.alarm_sns_topic_arn]
  tags                = local.common_tags
}

resource "aws_cloudwatch_metric_alarm" "fallback_rate" {
  for_each = local.alarm_llm_functions

  alarm_name          = "${var.name_prefix}-${each.key}-fallback-rate"
  alarm_description   = "${var.name_prefix}-${each.key}: the n-gram model stood in for the LLM in more than ${var.alarm_thresholds.fallback_rate_percent}% of LLM calls"
  comparison_operator = "GreaterThanThreshold"
  threshold           = var.alarm_thresholds.fallback_rate_percent
  evaluation_periods  = 5
  datapoints_to_alarm = 3
  treat_missing_data  = "notBreaching"
  alarm_actions       = [var.alarm_sns_topic_arn]
  ok_actions          = [var.alarm_sns_topic_arn]

  # Fallbacks without any call (circuit open, call budget used up) count as 100%.
  metric_query {
    id          = "rate"
    expression  = "IF(calls > 0, 100 * fallbacks / calls, IF(fallbacks > 0, 100, 0))"
    label       = "fallbacks, % of LLM calls"
    return_data = true
  }

  metric_query {
    id = "fallbacks"
    metric {
      namespace   = var.metrics_namespace
      metric_name = "LlmFallbacks"
      dimensions  = { Function = local.metric_function[each.key] }
      period      = 60
      stat        = "Sum"
    }
  }

  metric_query {
    id = "calls"
    metric {
      namespace   = var.metrics_namespace
      metric_name = "LlmCalls"
      dimensions  = { Function = local.metric_function[each.key] }
      period      = 60
      stat        = "Sum"
    }
  }

  tags = local.common_tags
}

resource "aws_cloudwatch_dashboard" "main" {
  dashboard_name = "${var.name_prefix}-overview"
  dashboard_body = jsonencode({ widgets = local.dashboard_widgets })
}
