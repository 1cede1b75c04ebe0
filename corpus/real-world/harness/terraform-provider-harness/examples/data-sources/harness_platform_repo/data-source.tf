data "harness_platform_repo" "example_by_identifier" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "proj_id"
}
