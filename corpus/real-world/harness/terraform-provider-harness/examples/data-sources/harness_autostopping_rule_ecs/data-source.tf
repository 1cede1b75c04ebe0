data "harness_autostopping_rule_ecs" "example" {
  identifier = "identifier"
}
