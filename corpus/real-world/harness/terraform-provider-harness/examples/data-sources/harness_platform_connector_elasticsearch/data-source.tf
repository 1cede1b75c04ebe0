data "harness_platform_connector_elasticsearch" "example" {
  identifier = "identifier"
}
