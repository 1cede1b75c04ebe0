variable "harness_platform_api_key" {
  type      = string
  sensitive = true
}

provider "harness" {
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "Kq2vT8xWbN4mR1yZc7LpHg"
  platform_api_key = var.harness_platform_api_key
}

provider "aws" {
  region = "us-east-1"
}
