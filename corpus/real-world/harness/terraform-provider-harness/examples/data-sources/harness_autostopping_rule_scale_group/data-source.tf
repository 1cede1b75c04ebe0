data "harness_autostopping_rule_scale_group" "example" {
  identifier = "identifier"
}
