data "harness_platform_secret_file" "example" {
  identifier = "identifier"
}
