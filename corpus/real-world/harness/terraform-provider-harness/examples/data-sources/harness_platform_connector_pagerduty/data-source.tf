data "harness_platform_connector_pagerduty" "example" {
  identifier = "identifier"
}
