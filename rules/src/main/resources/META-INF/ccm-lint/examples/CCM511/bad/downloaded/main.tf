# A registry module, downloaded by `terraform init` into .terraform/modules (modules.json says where):
# its variables are known, so a misspelled argument is reported here, at the call. Without the download,
# nothing is said about the call, and the summary counts it among the calls not followed.
module "ccm" {
  source  = "acme-platform/harness-ccm-role/aws"
  version = "1.4.0"

  external_id           = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
  governance_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess" # expect: CCM511@3 'module "ccm" (acme-platform/harness-ccm-role/aws) declares no variable "governance_policy_arn"; Terraform rejects the call; did you mean "governance_policy_arns"?'
}
