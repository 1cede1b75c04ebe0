variable "role_name" {
  type    = string
  default = null
  nullable = false
}

module "inner" {
  source    = "../role"
  role_name = coalesce(var.role_name, "HarnessCERole")
}

output "role_arn" {
  value       = module.inner.role_arn
  description = "The role Harness assumes"
  sensitive   = false
}

output "by_key" {
  value = { for k, v in module.inner : k => v }
}
