data "harness_platform_connector_splunk" "example" {
  identifier = "identifier"
}
