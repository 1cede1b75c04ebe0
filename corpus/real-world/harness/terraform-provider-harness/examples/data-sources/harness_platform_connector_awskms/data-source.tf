data "harness_platform_connector_awskms" "example" {
  identifier = "identifier"
}
