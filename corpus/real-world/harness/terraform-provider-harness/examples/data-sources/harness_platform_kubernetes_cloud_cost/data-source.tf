data "harness_platform_kubernetes_cloud_cost" "example" {
  identifier = "identifier"
}
