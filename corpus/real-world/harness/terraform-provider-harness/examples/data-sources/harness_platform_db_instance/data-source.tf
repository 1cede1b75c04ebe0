data "harness_platform_db_instance" "example" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
  schema     = "schema1"
}
