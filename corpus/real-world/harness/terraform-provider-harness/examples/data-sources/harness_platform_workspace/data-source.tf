data "harness_platform_workspace" "test" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}
