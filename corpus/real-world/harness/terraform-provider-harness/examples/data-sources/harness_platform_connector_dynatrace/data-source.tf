data "harness_platform_connector_dynatrace" "example" {
  identifier = "identifier"
}
