# The call of bad/downloaded with the variable the downloaded module declares.
module "ccm" {
  source  = "acme-platform/harness-ccm-role/aws"
  version = "1.4.0"

  external_id            = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  governance_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}
