data "harness_autostopping_azure_proxy" "test" {
  identifier = "identifier"
}

