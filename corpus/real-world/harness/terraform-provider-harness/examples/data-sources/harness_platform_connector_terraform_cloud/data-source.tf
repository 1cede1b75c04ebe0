data "harness_platform_connector_terraform_cloud" "example" {
  identifier = "identifier"
}
