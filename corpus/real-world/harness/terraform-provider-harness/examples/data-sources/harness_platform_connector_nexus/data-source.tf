data "harness_platform_connector_nexus" "example" {
  identifier = "identifier"
}
