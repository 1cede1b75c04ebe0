locals {
  accounts = {
    prod    = { id = "111111111111", role = "HarnessCERole" }
    staging = { id = "222222222222", role = "HarnessCERole" }
  }
}

resource "harness_platform_connector_awscc" "ccm" {
  for_each = local.accounts

  identifier  = "awscc_${each.key}"
  name        = "AWS CCM ${each.key}"
  description = "CCM connector for ${each.key}"
  account_id  = each.value.id
  report_name = "harness-cur"
  s3_bucket   = "cur-${each.value.id}"
  features_enabled = [
    "OPTIMIZATION",
    "VISIBILITY",
    "BILLING",
  ]

  cross_account_access {
    role_arn    = "arn:aws:iam::${each.value.id}:role/${each.value.role}"
    external_id = "harness:891928451355:${data.harness_platform_current_account.current.id}"
  }

  tags = ["team:platform"]
}
