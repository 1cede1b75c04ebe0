data "harness_platform_permissions" "test" {
  org_id     = "org_id"
  project_id = "project_id"
}
