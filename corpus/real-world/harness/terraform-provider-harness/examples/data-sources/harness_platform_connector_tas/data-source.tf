data "harness_platform_connector_tas" "example" {
  identifier = "identifier"
}
