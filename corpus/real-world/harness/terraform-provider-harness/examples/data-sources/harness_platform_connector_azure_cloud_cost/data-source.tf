data "harness_platform_connector_azure_cloud_cost" "example" {
  identifier = "identifier"
}
