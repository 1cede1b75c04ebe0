data "harness_platform_triggers" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
  target_id  = "pipeline_id"
}
