resource "harness_platform_connector_aws" "oidc" {
  identifier          = "aws_oidc"
  name                = "aws-oidc"
  execute_on_delegate = true

  oidc_authentication {
    iam_role_arn       = "arn:aws:iam::123456789012:role/HarnessOidcConnector"
    delegate_selectors = ["eks-delegate"]
    region             = "us-east-1"
  }
}
