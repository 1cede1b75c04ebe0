data "harness_platform_gitops_app_project" "example" {
  agent_id   = "agent_id"
  query_name = "query_name"
}