# The CCM connector of the payer account, its role made by the team's module
# (../modules/harness-ccm-role). The call passes governance_policy_arn, as the CCM connectors guide's
# example does, but the module declares governance_policy_arns.

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

data "harness_platform_current_account" "current" {}

locals {
  external_id = "harness:891928451355:${data.harness_platform_current_account.current.id}"
}

module "ccm_role" {
  source                = "../modules/harness-ccm-role"
  role_name             = "HarnessCcmPayer"
  harness_principal_arn = "arn:aws:iam::891928451355:root"
  external_id           = local.external_id
  cur_bucket            = "harness-ccm-cur-123456789012"
  governance_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "harness_platform_connector_awscc" "payer" {
  identifier       = "aws123456789012"
  name             = "aws123456789012"
  account_id       = "123456789012"
  report_name      = "harness-ccm"
  s3_bucket        = "harness-ccm-cur-123456789012"
  features_enabled = ["BILLING"]

  cross_account_access {
    role_arn    = module.ccm_role.role_arn
    external_id = local.external_id
  }
}
