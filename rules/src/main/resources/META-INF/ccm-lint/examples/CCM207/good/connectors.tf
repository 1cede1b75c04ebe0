# Harness's guide to creating CCM connectors with Code Repository and IaCM: the account id part comes from a data source; the literal parts are right.
data "harness_platform_current_account" "current" {}

resource "harness_platform_connector_awscc" "payer" {
  identifier       = "aws_payer"
  name             = "aws-payer"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"]
  cross_account_access {
    role_arn    = "arn:aws:iam::123456789012:role/HarnessCERole"
    external_id = "harness:891928451355:${data.harness_platform_current_account.current.id}"
  }
}
