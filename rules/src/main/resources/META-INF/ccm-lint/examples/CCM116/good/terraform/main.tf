variable "account_id" {
  type = string
}

variable "region" {
  type = string
}

variable "artifact_bucket" {
  type = string
}

variable "secret_arns" {
  type = list(string)
}

resource "aws_ecr_repository" "app" {
  name = "acme/app"
}

# Values Terraform computes could be any ARN: an ARN is judged only by what is written out.
data "aws_iam_policy_document" "harness_deploy" {
  statement {
    sid       = "PullImages"
    actions   = ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]
    resources = [aws_ecr_repository.app.arn, "arn:aws:ecr:${var.region}:${var.account_id}:repository/shared/*"]
  }
  statement {
    sid       = "ReadArtifacts"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::${var.artifact_bucket}/*"]
  }
  statement {
    sid       = "ReadSecrets"
    actions   = ["secretsmanager:GetSecretValue"]
    resources = var.secret_arns
  }
}

# Situations Parliament's tests cover, none of which CCM116 reports.
resource "aws_iam_policy" "parliament_situations" {
  name = "situations"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      # s3:ListAllMyBuckets takes only "*": an action AWS lets only "*" scope is never reported
      # (AWS's own policies scope such actions to ARNs thousands of times). Parliament reports it.
      { Effect = "Allow", Action = "s3:ListAllMyBuckets", Resource = "arn:aws:s3:::acme-harness-artifacts" },
      # A wildcard in the resource-type part: "u*" may be "user/...", as IAM matches it. Parliament
      # reports it.
      { Effect = "Allow", Action = "iam:GetUser", Resource = "arn:aws:iam::123456789012:u*" },
      # Colons and slashes in the resource part.
      { Effect = "Allow", Action = "redshift:GetClusterCredentials", Resource = "arn:aws:redshift:us-west-2:123456789012:dbuser:harness/deployer" },
      { Effect = "Allow", Action = "lambda:AddLayerVersionPermission", Resource = "arn:aws:lambda:*:123456789012:layer:acme-*:*" },
      # An IAM policy variable (Terraform's $${...}) may be anything when IAM evaluates it.
      { Effect = "Allow", Action = "s3:ListBucket", Resource = "arn:aws:s3:::bucket-for-client-$${aws:PrincipalTag/Namespace}-*" },
      # NotResource is not a list of resources the actions act on (CCM106 reports the Allow).
      { Effect = "Allow", Action = "s3:GetObject", NotResource = "arn:aws:s3:::acme-payroll" }, # expect: CCM106@52 'Allow with NotResource'
    ]
  })
}
