data "harness_platform_pipeline_central_notification_rule" "example" {
  identifier = "identifier"
}