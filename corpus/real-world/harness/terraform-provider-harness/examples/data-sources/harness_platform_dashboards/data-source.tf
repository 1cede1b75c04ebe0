data "harness_platform_dashboards" "dashboard" {
  id = "id"
}
