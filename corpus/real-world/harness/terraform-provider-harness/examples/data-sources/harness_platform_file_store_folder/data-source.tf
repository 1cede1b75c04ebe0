data "harness_platform_file_store_folder" "example" {
  identifier = "identifier"
}
