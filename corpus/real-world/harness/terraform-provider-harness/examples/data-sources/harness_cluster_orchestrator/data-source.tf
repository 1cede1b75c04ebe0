data "harness_cluster_orchestrator" "example" {
  identifier = "identifier"
}
