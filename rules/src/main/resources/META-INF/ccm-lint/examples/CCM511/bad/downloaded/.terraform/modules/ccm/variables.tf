# What `terraform init` downloaded for module "ccm" of ../../../main.tf (a made-up registry module):
# modules.json maps the call's key "ccm" to this folder. ccm-lint reads it to know the variables; it does
# not lint it on its own, and reports what is wrong with a call in the file of the call.
variable "external_id" {
  type        = string
  description = "the external ID of the CCM connector"
}

variable "governance_policy_arns" {
  type    = list(string)
  default = []
}
