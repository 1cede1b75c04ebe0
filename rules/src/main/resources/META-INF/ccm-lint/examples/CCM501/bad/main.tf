resource "harness_platform_connector_aws" "oidc" {
  identifier          = "aws_oidc"
  name                = "aws-oidc"
  execute_on_delegate = false # expect: CCM501@25 'uses OIDC credentials but execute_on_delegate is false'

  oidc_authentication {
    iam_role_arn       = "arn:aws:iam::123456789012:role/HarnessOidcConnector"
    delegate_selectors = ["eks-delegate"]
    region             = "us-east-1"
  }
}
