data "harness_autostopping_alert" "test" {
  identifier = "identifier"
}
