data "harness_cluster_orchestrator_config" "example" {
  orchestrator_id = "identifier"
}
