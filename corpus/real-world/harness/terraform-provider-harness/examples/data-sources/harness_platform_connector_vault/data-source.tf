data "harness_platform_connector_vault" "example" {
  identifier = "identifier"
}
