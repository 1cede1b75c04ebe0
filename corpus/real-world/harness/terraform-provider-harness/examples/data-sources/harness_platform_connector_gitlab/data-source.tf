data "harness_platform_connector_gitlab" "example" {
  identifier = "identifier"
}
