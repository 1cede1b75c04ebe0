variable "role_name" {
  description = "Name of the cross-account role Harness CCM assumes"
  type        = string
}

variable "harness_principal_arn" {
  description = "Harness's AWS principal for CCM (arn:aws:iam::891928451355:root for the US clusters)"
  type        = string
}

variable "external_id" {
  description = "The external ID the CCM connector shows (harness:891928451355: and the Harness account ID)"
  type        = string
}

variable "cur_bucket" {
  description = "S3 bucket that receives the cost and usage report"
  type        = string
}

variable "governance_policy_arns" {
  description = "Extra managed policies for CCM asset governance"
  type        = list(string)
  default     = []
}
