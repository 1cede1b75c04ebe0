resource "harness_chaos_hub_sync" "example" {
  org_id     = "<org_id>"
  project_id = "<project_id>"
  hub_id     = "<hub_id>"
}
