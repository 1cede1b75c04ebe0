data "harness_chaos_hub" "example" {
  name       = "<name>"
  org_id     = "<org_id>"
  project_id = "<project_id>"
}
