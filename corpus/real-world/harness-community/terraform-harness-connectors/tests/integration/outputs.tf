output "connectors_azure" {
  value = local.connectors_azure_outputs
}
output "connectors_kubernetes" {
  value = local.connectors_kubernetes_outputs
}
output "connectors_github" {
  value = local.connectors_github_outputs
}
output "connectors_aws" {
  value = local.connectors_aws_outputs
}
output "connectors_aws_sm" {
  value = local.connectors_aws_sm_outputs
}
