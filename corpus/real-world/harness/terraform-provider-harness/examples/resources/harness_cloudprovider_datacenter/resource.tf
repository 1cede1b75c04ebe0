resource "harness_cloudprovider_datacenter" "example" {
  name = "example"
}
