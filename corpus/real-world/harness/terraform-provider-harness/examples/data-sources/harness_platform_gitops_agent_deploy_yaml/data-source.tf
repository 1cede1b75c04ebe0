data "harness_platform_gitops_agent_deploy_yaml" "example" {
  identifier = "identifier"
  account_id = "account_id"
  project_id = "project_id"
  org_id     = "org_id"
  namespace  = "namespace"
}