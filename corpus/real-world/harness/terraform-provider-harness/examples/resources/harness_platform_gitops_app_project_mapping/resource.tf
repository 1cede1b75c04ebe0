resource "harness_platform_gitops_app_project_mapping" "example" {
  account_id             = "account_id"
  org_id                 = "organization_id"
  project_id             = "project_id"
  agent_id               = "agent_id"
  argo_project_name      = "argoProjectName"
  auto_create_service_env = true
}