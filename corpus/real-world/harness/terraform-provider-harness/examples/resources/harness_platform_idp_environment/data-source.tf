# Project level catalog entity
data "harness_platform_idp_environment" "test" {
  identifier = "identifier"
  org_id     = "org_id"
  project_id = "project_id"
}
