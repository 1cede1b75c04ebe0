data "harness_platform_connector_prometheus" "example" {
  identifier = "identifier"
}
