variable "name" {
  type = string
}

variable "desired_size" {
  type    = number
  default = 2
}