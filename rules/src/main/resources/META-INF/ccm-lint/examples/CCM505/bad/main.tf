provider "harness" {
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "Kq2vT8xWbN4mR1yZc7LpHg"
  platform_api_key = "pat.Kq2vT8xWbN4mR1yZc7LpHg.6650a1b2c3d4e5f6a7b8c9d0.Qw3rTy7uIoPl2kJh5gFd" # expect: CCM505
}

provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"                     # expect: CCM505
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" # expect: CCM505
}
