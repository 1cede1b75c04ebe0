data "harness_platform_organization" "this" {
  identifier = "identifier"
}
