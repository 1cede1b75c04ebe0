data "harness_platform_connector_helm" "example" {
  identifier = "identifier"
}
