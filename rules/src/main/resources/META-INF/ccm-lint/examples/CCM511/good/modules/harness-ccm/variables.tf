# A team's own CCM role module, in the style of harness-community/harness-ccm/aws.
variable "external_id" {
  type        = string
  description = "the external ID of the CCM connector"
}

variable "governance_policy_arns" {
  type    = list(string)
  default = []
}

variable "enable_billing" {
  type    = bool
  default = false
}
