data "harness_platform_infra_module" "test" {
  identifier = "identifier"
  name       = "name"
  system     = "system"
}
