data "harness_platform_connector_datadog" "example" {
  identifier = "identifier"
}
