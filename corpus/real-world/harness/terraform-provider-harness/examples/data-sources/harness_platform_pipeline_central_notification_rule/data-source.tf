data "harness_platform_pipeline_central_notification_rule" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}