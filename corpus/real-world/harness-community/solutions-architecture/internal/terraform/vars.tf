variable "account_id" {
  type    = string
  default = "Ompd5rAMSfq97LoZsErwnQ"
}

variable "admins" {
  type    = string
  default = ""
}
