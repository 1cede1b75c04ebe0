# The GitOps agent's IRSA role, made by a local module in the style of iam-role-for-service-accounts: the
# call names the role and the service accounts its trust admits (namespace:name). Only the application
# controller is listed; service-accounts.yaml annotates the repo server with the role as well.
module "gitops_agent_irsa" {
  source                     = "./modules/irsa-role"
  role_name                  = "GitOpsAgentIrsa"
  account_id                 = "123456789012"
  oidc_provider              = "oidc.eks.us-east-1.amazonaws.com/id/5E1C2B7A9D3F4E6A8B0C1D2E3F4A5B6C"
  namespace_service_accounts = ["argocd:argocd-application-controller"]
}
