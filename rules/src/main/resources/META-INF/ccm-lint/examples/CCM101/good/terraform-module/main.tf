# The connector of bad/terraform-module, its module role allowed ec2:DescribeRegions.
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
