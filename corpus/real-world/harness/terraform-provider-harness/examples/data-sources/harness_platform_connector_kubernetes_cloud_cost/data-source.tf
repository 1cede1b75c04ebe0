data "harness_platform_connector_kubernetes_cloud_cost" "example" {
  identifier = "identifier"
}
