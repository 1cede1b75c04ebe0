data "harness_platform_connector_rancher" "example" {
  identifier = "identifier"
}
