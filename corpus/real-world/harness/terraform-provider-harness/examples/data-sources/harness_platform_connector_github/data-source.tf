data "harness_platform_connector_github" "example" {
  identifier = "identifier"
}
