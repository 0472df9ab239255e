output "api_url" {
  description = "Base URL of the HTTP API ($default stage), e.g. <api_url>/v1/classify."
  value       = aws_apigatewayv2_stage.default.invoke_url
}

output "api_id" {
  description = "Id of the HTTP API."
  value       = aws_apigatewayv2_api.http.id
}

output "routes" {
  description = "Route key of every endpoint, by endpoint name."
  value       = { for k, r in aws_apigatewayv2_route.endpoint : k => r.route_key }
}

output "function_names" {
  description = "Lambda function name, by function (classify, generate, advise, pipeline)."
  value       = { for k, f in aws_lambda_function.fn : k => f.function_name }
}

output "function_arns" {
  description = "Unqualified Lambda function ARN, by function."
  value       = { for k, f in aws_lambda_function.fn : k => f.arn }
}

output "function_alias_arns" {
  description = "ARN of the `live` alias API Gateway invokes, by function (SnapStart only; empty otherwise)."
  value       = { for k, a in aws_lambda_alias.live : k => a.arn }
}

output "role_arns" {
  description = "Execution role ARN, by function."
  value       = { for k, r in aws_iam_role.fn : k => r.arn }
}

output "log_group_names" {
  description = "CloudWatch log group of each function, and of the API access logs (key `api_access`)."
  value       = merge({ for k, g in aws_cloudwatch_log_group.fn : k => g.name }, { api_access = aws_cloudwatch_log_group.api_access.name })
}

output "auth" {
  description = "Who may call the non-public routes: iam, jwt or none."
  value       = var.auth
}

output "invoke_policy_json" {
  description = "auth = iam: an IAM policy allowing execute-api:Invoke on the /v1 routes; attach it to the callers' roles or users. null otherwise."
  value       = var.auth == "iam" ? data.aws_iam_policy_document.invoke.json : null
}
