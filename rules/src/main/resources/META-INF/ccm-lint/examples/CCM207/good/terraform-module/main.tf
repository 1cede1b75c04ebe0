# The call passes the role the external ID the connector uses: the trust in the module and the
# connector agree.
module "ccm_role" {
  source      = "./modules/ccm-role"
  role_name   = "HarnessCcmModuleRole"
  external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
}

resource "harness_platform_connector_awscc" "module_ccm" {
  identifier       = "aws_ccm_module"
  name             = "aws-ccm-module"
  account_id       = "123456789012"
  features_enabled = ["VISIBILITY"]
  cross_account_access {
    role_arn    = module.ccm_role.role_arn
    external_id = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  }
}
