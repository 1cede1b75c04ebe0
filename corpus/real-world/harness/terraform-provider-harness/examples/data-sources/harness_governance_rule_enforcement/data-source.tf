data "harness_governance_rule_enforcement" "example" {
  enforcement_id = "enforcement_id"
}
