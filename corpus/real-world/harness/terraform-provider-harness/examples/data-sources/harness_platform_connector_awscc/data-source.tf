data "harness_platform_connector_awscc" "example" {
  identifier = "identifier"
}
