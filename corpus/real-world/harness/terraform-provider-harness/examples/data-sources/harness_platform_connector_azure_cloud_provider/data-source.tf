data "harness_platform_connector_azure_cloud_provider" "example" {
  identifier = "identifier"
}
