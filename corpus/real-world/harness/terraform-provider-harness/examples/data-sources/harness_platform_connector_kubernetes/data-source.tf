data "harness_platform_connector_kubernetes" "example" {
  identifier = "identifier"
}
