data "harness_platform_connector_git" "example" {
  identifier = "identifier"
}
