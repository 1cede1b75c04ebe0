data "harness_platform_policy" "test" {
  identifier = harness_platform_policy.test.identifier
}