resource "harness_platform_project" "test" {
  identifier = "testproject"
  name       = "Test Project"
  org_id     = "org_id"
  color      = "#0063F7"
}
