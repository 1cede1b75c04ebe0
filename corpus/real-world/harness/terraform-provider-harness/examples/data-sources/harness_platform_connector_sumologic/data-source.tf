data "harness_platform_connector_sumologic" "example" {
  identifier = "identifier"
}
