locals {
  accounts = ["000000000005", "000000000006"]
}

resource "harness_platform_connector_awscc" "data" {
  for_each = toset(local.accounts)

  identifier       = "aws${each.key}"
  name             = "aws${each.key}"
  account_id       = trimspace(each.key)
  features_enabled = ["VISIBILITY"]

  cross_account_access {
    role_arn    = "arn:aws:iam:${each.key}:role/HarnessCERole" # expect: CCM503@19 '"arn:aws:iam:000000000005:role/HarnessCERole" is not an IAM role ARN' CCM503@19 '"arn:aws:iam:000000000006:role/HarnessCERole" is not an IAM role ARN'
    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  }
}
