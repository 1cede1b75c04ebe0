data "harness_platform_role_assignments" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}
