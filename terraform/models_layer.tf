# Your own classifiers as a Lambda layer. var.models_dir (the *.tfc files of the train command, or of
# POST /v1/models in dev mode) is zipped as it is; Lambda unpacks a layer's files under /opt, and the functions
# that classify (classify; advise, which serves route; pipeline) read every *.tfc there at start-up, beside the
# shipped models, through TASKFIT_CLASSIFY_MODELS_DIR. The layer is read-only: POST /v1/models answers 403 there.

data "archive_file" "models" {
  count       = var.models_dir == null ? 0 : 1
  type        = "zip"
  source_dir  = var.models_dir
  output_path = "${path.root}/.terraform/${var.name_prefix}-models-layer.zip"
}

resource "aws_lambda_layer_version" "models" {
  count            = var.models_dir == null ? 0 : 1
  layer_name       = "${var.name_prefix}-models"
  description      = "taskfit custom classifiers (*.tfc), read from /opt"
  filename         = data.archive_file.models[0].output_path
  source_code_hash = data.archive_file.models[0].output_base64sha256
}

locals {
  # Where the layer's files land in the function's file system.
  models_layer_dir      = "/opt"
  classifying_functions = ["classify", "advise", "pipeline"]
  with_models_layer     = { for name, f in local.function_set : name => var.models_dir != null && contains(local.classifying_functions, name) }
  models_layers         = { for name, on in local.with_models_layer : name => on ? [aws_lambda_layer_version.models[0].arn] : [] }
  models_environment    = { for name, on in local.with_models_layer : name => on ? { TASKFIT_CLASSIFY_MODELS_DIR = local.models_layer_dir } : {} }
}
