data "harness_platform_resource_group" "test" {
  identifier = "identifier"
}
