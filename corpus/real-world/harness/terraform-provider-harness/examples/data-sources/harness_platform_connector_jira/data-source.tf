data "harness_platform_connector_jira" "example" {
  identifier = "identifier"
}
