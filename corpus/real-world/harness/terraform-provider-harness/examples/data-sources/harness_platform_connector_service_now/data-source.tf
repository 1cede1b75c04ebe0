data "harness_platform_connector_service_now" "example" {
  identifier = "identifier"
}
