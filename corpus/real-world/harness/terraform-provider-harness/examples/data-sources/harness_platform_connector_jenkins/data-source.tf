data "harness_platform_connector_jenkins" "example" {
  identifier = "identifier"
}
