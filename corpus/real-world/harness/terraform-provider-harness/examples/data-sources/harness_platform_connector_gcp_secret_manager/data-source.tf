data "harness_platform_connector_gcp_secret_manager" "example" {
  identifier = "identifier"
}
