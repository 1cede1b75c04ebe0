data "harness_platform_connector_oci_helm" "example" {
  identifier = "identifier"
}
