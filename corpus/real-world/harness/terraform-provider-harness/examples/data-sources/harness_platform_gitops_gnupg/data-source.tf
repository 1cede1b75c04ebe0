data "harness_platform_gitops_gnupg" "example" {
  account_id = "account_id"
  agent_id   = "agent_id"
  identifier = "identifier"
}