data "harness_platform_slo" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}
