# Module calls as the module evaluation reads them: local and registry sources, count, for_each
# over a map, providers, depends_on, and outputs read back by address and key.
module "ccm" {
  source      = "./modules/harness-role"
  role_name   = "HarnessCERole"
  external_id = "harness:891928451355:${data.harness_platform_current_account.current.id}"
}

module "irsa" {
  for_each = {
    delegate = { namespace = "harness-delegate-ng", service_account = "delegate" }
    gitops   = { namespace = "argocd", service_account = "argocd-application-controller" }
  }
  source          = "../modules/irsa-role"
  namespace       = each.value.namespace
  service_account = each.value.service_account
  providers = {
    aws = aws.member
  }
  depends_on = [module.ccm]
}

module "counted" {
  count   = var.enabled ? 2 : 0
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "~> 5.0"
  role_name = "counted-${count.index}"
}

resource "harness_platform_connector_awscc" "ccm" {
  identifier = "ccm"
  cross_account_access {
    role_arn    = module.ccm.role_arn
    external_id = module.irsa["delegate"].external_id
  }
  features_enabled = [for k, m in module.irsa : m.role_name]
  tags             = module.counted[*].iam_role_arn
}
