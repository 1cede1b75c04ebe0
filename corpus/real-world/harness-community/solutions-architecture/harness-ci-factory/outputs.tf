output "pipeline" {
  value = module.harness-ci-image-factory.details
}
