data "harness_platform_file_store_file" "example" {
  identifier = "identifier"
}
