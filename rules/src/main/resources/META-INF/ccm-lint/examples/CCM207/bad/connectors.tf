data "harness_platform_current_account" "current" {}

resource "harness_platform_connector_awscc" "payer" {
  identifier       = "aws_payer"
  name             = "aws-payer"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"]
  cross_account_access {
    role_arn    = "arn:aws:iam::123456789012:role/HarnessCERole"
    external_id = "harness:123456789012:${data.harness_platform_current_account.current.id}" # expect: CCM207@19 'is not harness:<891928451355|783764615875>:<Harness account id> (Kq2vT8xWbN4mR1yZc7LpHg)'
  }
}
