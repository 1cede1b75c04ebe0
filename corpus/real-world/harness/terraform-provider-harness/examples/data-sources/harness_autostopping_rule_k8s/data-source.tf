data "harness_autostopping_rule_k8s" "example" {
  identifier = "identifier"
}
