data "harness_platform_service_account" "example" {
  identifier = "identifier"
}
