data "harness_platform_connector_gcp" "example" {
  identifier = "identifier"
}
