# The knowledge-base example's mistake: governance_policy_arn for a module that declares
# governance_policy_arns, and the external ID (no default) left out.
module "ccm" { # expect: CCM511@1 'module "ccm" (./modules/harness-ccm) needs variable "external_id", which has no default'
  source = "./modules/harness-ccm"

  enable_billing        = true
  governance_policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess" # expect: CCM511@3 'declares no variable "governance_policy_arn"; Terraform rejects the call; did you mean "governance_policy_arns"?'
}
