resource "harness_platform_dashboard_folder" "folder" {
  name = "name"
}
