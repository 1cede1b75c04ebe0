variable "region" {
  type        = string
  default     = "us-east-1"
  description = "AWS region"
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "subnets" {
  type = list(object({
    id     = string
    public = bool
  }))
  default = []

  validation {
    condition     = length(var.subnets) < 10
    error_message = "At most 9 subnets."
  }
}

output "role_arn" {
  value       = aws_iam_role.ccm.arn
  description = "The CCM role"
  sensitive   = false
}
