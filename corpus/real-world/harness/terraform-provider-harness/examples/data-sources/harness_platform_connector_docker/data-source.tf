data "harness_platform_connector_docker" "example" {
  identifier = "identifier"
}
