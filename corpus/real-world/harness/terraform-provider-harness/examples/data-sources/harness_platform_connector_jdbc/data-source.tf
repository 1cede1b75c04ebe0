data "harness_platform_connector_jdbc" "example" {
  identifier = "identifier"
}
