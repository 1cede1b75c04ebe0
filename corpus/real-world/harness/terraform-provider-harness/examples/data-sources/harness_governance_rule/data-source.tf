data "harness_governance_rule" "example" {
  rule_id = "rule_id"
}
