# An IRSA role whose name, OIDC provider and subjects all come from the caller: on its own its name is
# unknown, so no annotation can name it; through the call in ../../main.tf it is GitOpsAgentIrsa.
variable "role_name" {
  type = string
}

variable "account_id" {
  type = string
}

variable "oidc_provider" {
  type = string
}

variable "namespace_service_accounts" {
  type = list(string)
}

resource "aws_iam_role" "this" {
  name = var.role_name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::${var.account_id}:oidc-provider/${var.oidc_provider}" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "${var.oidc_provider}:aud" = "sts.amazonaws.com"
          "${var.oidc_provider}:sub" = [for sa in var.namespace_service_accounts : "system:serviceaccount:${sa}"]
        }
      }
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
