# Harness AWS connector that reads build artifacts from S3.
# The EKS delegate authenticates with IRSA, then assumes HarnessS3Artifacts (cross-account access / STS).

terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    harness = {
      source  = "harness/harness"
      version = "~> 0.37"
    }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "harness" {}

variable "delegate_role_arn" {
  description = "IAM role of the delegate's service account (IRSA); it assumes the connector role"
  type        = string
  default     = "arn:aws:iam::123456789012:role/harness-delegate-irsa"
}

resource "aws_iam_role" "harness_s3_artifacts" {
  name        = "HarnessS3Artifacts"
  description = "Assumed by the Harness connector aws_s3_artifacts"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "HarnessDelegate"
        Effect    = "Allow"
        Principal = { AWS = var.delegate_role_arn }
        Action    = "sts:AssumeRole"
        Condition = {
          StringEquals = { "sts:ExternalId" = "aws_s3_artifacts" }
        }
      }
    ]
  })
}

resource "aws_iam_role_policy_attachment" "harness_s3_artifacts_read" {
  role       = aws_iam_role.harness_s3_artifacts.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}

resource "harness_platform_connector_aws" "s3_artifacts" {
  identifier  = "aws_s3_artifacts"
  name        = "aws-s3-artifacts"
  description = "Reads build artifacts from S3 through the EKS delegate"
  org_id      = "default"
  project_id  = "ccm_platform"
  tags        = ["team:platform"]

  irsa {
    delegate_selectors = ["eks-delegate"]
    region             = "us-east-1"
  }

  cross_account_access {
    role_arn    = aws_iam_role.harness_s3_artifacts.arn
    external_id = "aws_s3_artifacts"
  }
}
