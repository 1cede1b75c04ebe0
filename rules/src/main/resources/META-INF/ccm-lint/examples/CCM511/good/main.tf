# Every argument is a variable of the module, and every variable without a default is given.
module "ccm" {
  source = "./modules/harness-ccm"

  external_id            = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  governance_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
}

# A registry module: its variables are not known here (no .terraform/modules), so nothing is said.
module "irsa" {
  source  = "terraform-aws-modules/iam/aws//modules/iam-role-for-service-accounts-eks"
  version = "~> 5.0"

  role_name_typo = "harness-delegate"
}
