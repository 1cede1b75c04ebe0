data "harness_platform_connector_pdc" "example" {
  identifier = "identifier"
}
