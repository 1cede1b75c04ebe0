data "harness_platform_secret_text" "test" {
  identifier = "identifier"
}
