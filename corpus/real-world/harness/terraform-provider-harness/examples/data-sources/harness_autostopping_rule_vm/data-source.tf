data "harness_autostopping_rule_vm" "example" {
  identifier = "identifier"
}
