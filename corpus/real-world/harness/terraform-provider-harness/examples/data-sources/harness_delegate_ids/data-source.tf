data "harness_delegate_ds" "example" {
  name = "harness-delegate"
}
