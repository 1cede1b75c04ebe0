data "harness_platform_filters" "test" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
  type       = "Connector"
}
