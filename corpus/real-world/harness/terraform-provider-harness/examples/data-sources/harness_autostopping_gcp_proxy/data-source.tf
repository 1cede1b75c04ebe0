data "harness_autostopping_gcp_proxy" "test" {
  identifier = "identifier"
}

