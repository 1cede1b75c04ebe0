data "harness_autostopping_azure_gateway" "test" {
  identifier = "identifier"
}
