data "harness_platform_variables" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}

