data "harness_platform_connector_bitbucket" "example" {
  identifier = "identifier"
}
