data "harness_platform_idp_environment_blueprint" "test" {
  identifier = "identifier"
  version    = "v1.0.0"
}
