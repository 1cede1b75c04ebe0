data "harness_platform_connector_azure_key_vault" "example" {
  identifier = "identifier"
}
