provider "harness" {
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "Kq2vT8xWbN4mR1yZc7LpHg"
  platform_api_key = "pat.Kq2vT8xWbN4mR1yZc7LpHg.6650a1b2c3d4e5f6a7b8c9d0.Qw3rTy7uIoPl2kJh5gFd" # expect: CCM505@22 'provider "harness" has platform_api_key written in plain text'
}

provider "aws" {
  region     = "us-east-1"
  access_key = "AKIAIOSFODNN7EXAMPLE"                     # expect: CCM505@16 'provider "aws" has access_key written in plain text'
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" # expect: CCM505@16 'provider "aws" has secret_key written in plain text'
}
