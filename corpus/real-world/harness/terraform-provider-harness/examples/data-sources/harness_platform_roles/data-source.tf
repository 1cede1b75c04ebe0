data "harness_platform_roles" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}
