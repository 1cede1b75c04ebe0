data "harness_autostopping_rule_rds" "example" {
  identifier = "identifier"
}
