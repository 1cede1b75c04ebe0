data "harness_delegate" "example" {
  name   = "harness-delegate"
  type   = "KUBERNETES"
  status = "ENABLED"
}
