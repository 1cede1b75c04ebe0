data "harness_chaos_infrastructure" "example" {
  identifier     = "identifier"
  org_id         = "org_id"
  project_id     = "project_id"
  environment_id = "env_id"
}