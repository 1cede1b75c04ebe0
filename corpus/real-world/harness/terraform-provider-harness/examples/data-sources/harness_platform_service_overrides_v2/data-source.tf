data "harness_platform_service_overrides_v2" "test" {
  identifier = "identifier"
  org_id     = "orgIdentifier"
  project_id = "projectIdentifier"
}
