data "harness_platform_db_schema" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}
