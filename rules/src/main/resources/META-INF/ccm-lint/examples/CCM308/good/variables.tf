# A variable's description is prose: the <Harness account ID> it mentions is no placeholder to fill in.
variable "external_id" {
  description = "The external ID the CCM connector shows: harness:891928451355:<Harness account ID>"
  type        = string
}
