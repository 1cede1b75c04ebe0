data "harness_platform_connector_spot" "example" {
  identifier = "identifier"
}
