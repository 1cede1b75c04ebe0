data "harness_platform_connector_appdynamics" "example" {
  identifier = "identifier"
}
