resource "harness_platform_connector_aws" "gov" {
  identifier          = "aws_gov"
  name                = "aws-gov"
  execute_on_delegate = true

  oidc_authentication {
    iam_role_arn       = "arn:aws:iam::123456789012:role/HarnessOidcConnector"
    delegate_selectors = ["eks-delegate"]
    region             = "us-gov-west-1" # expect: CCM507@26 'has the GovCloud test region us-gov-west-1 but the commercial role'
  }
}
