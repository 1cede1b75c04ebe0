data "harness_platform_connector_gcp_cloud_cost" "example" {
  identifier = "identifier"
}
