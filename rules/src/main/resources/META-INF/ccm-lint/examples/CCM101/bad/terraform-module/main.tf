# An AWS connector assumes the role a local module makes: its role_arn reads the module's output, so the
# role is a connector role only through this call (see modules/deploy-role/main.tf for the finding).
module "deploy_role" {
  source            = "./modules/deploy-role"
  role_name         = "HarnessEcsModuleDeployer"
  delegate_role_arn = "arn:aws:iam::123456789012:role/harness-delegate"
}

resource "harness_platform_connector_aws" "ecs" {
  identifier = "aws_ecs_module_deploy"
  name       = "aws-ecs-module-deploy"
  inherit_from_delegate {
    delegate_selectors = ["eks-delegate"]
  }
  cross_account_access {
    role_arn = module.deploy_role.role_arn
  }
}
