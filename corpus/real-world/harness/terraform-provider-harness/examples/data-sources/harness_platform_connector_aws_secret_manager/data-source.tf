data "harness_platform_connector_aws_secret_manager" "example" {
  identifier = "identifier"
}
