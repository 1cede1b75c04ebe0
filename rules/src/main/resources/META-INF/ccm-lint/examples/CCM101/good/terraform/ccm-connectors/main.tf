# Harness's guide to creating CCM connectors with Code Repository and IaCM: the CCM connectors' role (HarnessCERole) lives in other accounts, not in this
# repository, so there is nothing here to check it against.
data "harness_platform_current_account" "current" {}

locals {
  aws-non-prod = ["000000000005", "000000000006"]
  aws-prod     = ["000000000007", "000000000008"]
}

resource "harness_platform_connector_awscc" "data" {
  for_each = toset(concat(local.aws-non-prod, local.aws-prod))

  identifier = "aws${each.key}"
  name       = "aws${each.key}"
  account_id = trimspace(each.key)

  features_enabled = ["OPTIMIZATION", "VISIBILITY", "GOVERNANCE"]
  cross_account_access {
    role_arn    = "arn:aws:iam::${each.key}:role/HarnessCERole"
    external_id = "harness:891928451355:${data.harness_platform_current_account.current.id}"
  }
}
