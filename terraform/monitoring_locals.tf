# Values of monitoring.tf: which alarms exist and the dashboard's widgets. Locals only (the structure test
# does not parse this file; monitoring.tf holds the resources it checks).

locals {
  alarms_enabled = var.alarm_sns_topic_arn != null

  # The application's metrics carry the dimension Function = the Lambda function name.
  metric_function = { for name in keys(local.function_set) : name => "${var.name_prefix}-${name}" }

  alarm_functions     = local.alarms_enabled ? local.function_set : {}
  alarm_llm_functions = local.alarms_enabled ? { for name, f in local.function_set : name => f if f.uses_llm } : {}

  # p99 duration alarm threshold of each function, in ms: a share of its own timeout.
  p99_threshold_ms = { for name, f in local.functions : name => f.timeout * 1000 * var.alarm_thresholds.p99_duration_percent / 100 }

  # One SEARCH per application metric: it finds the metric under whatever dimensions the lines carry.
  app_metric = { for m in ["Requests", "Latency", "Errors5xx", "LlmCalls", "LlmFallbacks", "CircuitOpen", "PipelineGenerated", "PipelineAccepted", "CascadeToLlm", "AdvisedFamily"] :
    m => "SEARCH('Namespace=\"${var.metrics_namespace}\" MetricName=\"${m}\"', '${m == "Latency" ? "p99" : "Sum"}', 60)"
  }

  dashboard_widgets = concat(
    [for i, w in [
      { title = "Requests by function (application)", metrics = ["Requests"] },
      { title = "Latency p99, ms (application)", metrics = ["Latency"] },
      { title = "5xx answers (application)", metrics = ["Errors5xx"] },
      { title = "LLM calls, fallbacks, circuit openings", metrics = ["LlmCalls", "LlmFallbacks", "CircuitOpen"] },
      { title = "Pipeline candidates generated and accepted", metrics = ["PipelineGenerated", "PipelineAccepted"] },
      { title = "Cascade items sent to the LLM; advised family", metrics = ["CascadeToLlm", "AdvisedFamily"] },
      ] : {
      type   = "metric"
      x      = (i % 2) * 12
      y      = floor(i / 2) * 6
      width  = 12
      height = 6
      properties = {
        title   = w.title
        region  = data.aws_region.current.region
        view    = "timeSeries"
        stat    = "Sum"
        period  = 60
        metrics = [for j, m in w.metrics : [{ expression = local.app_metric[m], id = "s${j}", label = m }]]
      }
    }],
    [for i, w in [
      { title = "Lambda errors", metric = "Errors", stat = "Sum" },
      { title = "Lambda throttles", metric = "Throttles", stat = "Sum" },
      { title = "Lambda duration p99, ms", metric = "Duration", stat = "p99" },
      { title = "Lambda concurrent executions", metric = "ConcurrentExecutions", stat = "Maximum" },
      ] : {
      type   = "metric"
      x      = (i % 2) * 12
      y      = 18 + floor(i / 2) * 6
      width  = 12
      height = 6
      properties = {
        title   = w.title
        region  = data.aws_region.current.region
        view    = "timeSeries"
        stat    = w.stat
        period  = 60
        metrics = [for name, fn in local.metric_function : ["AWS/Lambda", w.metric, "FunctionName", fn, { label = name }]]
      }
    }],
    [{
      type   = "metric"
      x      = 0
      y      = 30
      width  = 24
      height = 6
      properties = {
        title  = "HTTP API: requests, 4xx, 5xx"
        region = data.aws_region.current.region
        view   = "timeSeries"
        stat   = "Sum"
        period = 60
        metrics = [
          ["AWS/ApiGateway", "Count", "ApiId", aws_apigatewayv2_api.http.id],
          ["AWS/ApiGateway", "4xx", "ApiId", aws_apigatewayv2_api.http.id],
          ["AWS/ApiGateway", "5xx", "ApiId", aws_apigatewayv2_api.http.id],
        ]
      }
    }],
  )
}
