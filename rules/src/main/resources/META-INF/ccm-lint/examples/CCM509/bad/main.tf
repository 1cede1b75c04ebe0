# seed 000's providers: harness without a version
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    harness = { # expect: CCM509
      source = "harness/harness"
    }
  }
}
