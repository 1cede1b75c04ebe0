output "environments" {
  value = local.environment_outputs
}
output "infrastructures" {
  value = local.infrastructure_outputs
}
