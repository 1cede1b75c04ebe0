data "harness_platform_secret_sshkey" "example" {
  identifier = "identifier"
}
