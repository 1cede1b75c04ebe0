data "harness_platform_infrastructure" "example" {
  identifier = "identifier"
  name       = "name"
  org_id     = "org_id"
  project_id = "project_id"
  env_id     = "env_id"
}
