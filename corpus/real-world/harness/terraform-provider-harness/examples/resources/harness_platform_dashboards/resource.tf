resource "harness_platform_dashboards" "dashboard" {
  dashboard_id        = "111"
  description         = "dashboard_tag"
  resource_identifier = "999"
  title               = "Dashboard Title"
}
