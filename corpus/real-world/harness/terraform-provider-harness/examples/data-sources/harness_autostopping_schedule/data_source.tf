data "harness_autostopping_schedule" "example" {
  identifier = "identifier"
}
