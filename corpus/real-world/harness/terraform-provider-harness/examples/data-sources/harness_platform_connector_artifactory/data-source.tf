data "harness_platform_connector_artifactory" "example" {
  identifier = "identifier"
}
