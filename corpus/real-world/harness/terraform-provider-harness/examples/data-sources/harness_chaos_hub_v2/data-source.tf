data "harness_chaos_hub_v2" "project_level" {
  name       = "<name>"
  identity   = "<identity>"
  description = "<description>"
  tags = ["<tag1>", "<tag2>"]
  org_id     = "<org_id>"
  project_id = "<project_id>"
}
