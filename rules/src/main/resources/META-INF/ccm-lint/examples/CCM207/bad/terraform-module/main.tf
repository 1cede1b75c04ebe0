# The role's sts:ExternalId is var.external_id in the module: its value is written here, in the call.
# The call passes an old Harness account ID, so the role's trust and the connector disagree. The trust's
# value is reported here, at the argument (where it is changed, and where the safe fix writes the
# configured account); the connector, which is right, is reported too, its message and related location
# pointing at this argument.
module "ccm_role" {
  source      = "./modules/ccm-role"
  role_name   = "HarnessCcmModuleRole"
  external_id = "harness:891928451355:Zz9OldAccountId" # expect: CCM207@17 'external ID names Harness account Zz9OldAccountId but the configuration says Kq2vT8xWbN4mR1yZc7LpHg'
}

resource "harness_platform_connector_awscc" "module_ccm" {
  identifier       = "aws_ccm_module"
  name             = "aws-ccm-module"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"]
  cross_account_access {
    role_arn    = module.ccm_role.role_arn
    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg" # expect: CCM207@19 'harness_platform_connector_awscc.module_ccm: external ID "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg" does not match what the trust policy of module.ccm_role.aws_iam_role.this requires (harness:891928451355:Zz9OldAccountId at '
  }
}
