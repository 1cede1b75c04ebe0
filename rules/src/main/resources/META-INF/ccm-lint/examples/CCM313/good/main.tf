# the connector reaches account 123456789012 by assuming a role there
resource "harness_platform_connector_aws" "eks" {
  identifier = "aws_eks"
  name       = "aws-eks"

  cross_account_access {
    role_arn    = "arn:aws:iam::123456789012:role/HarnessEksDeployer"
    external_id = "harness-eks"
  }
  irsa {
    delegate_selectors = ["eks-delegate"]
  }
}
