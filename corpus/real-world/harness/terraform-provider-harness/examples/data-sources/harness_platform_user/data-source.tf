data "harness_platform_user" "example" {
  org_id     = "org_id"
  project_id = "project_id"
  email      = "john.doe@harness.io"
}
