data "harness_platform_connector_aws" "example" {
  identifier = "identifier"
}
