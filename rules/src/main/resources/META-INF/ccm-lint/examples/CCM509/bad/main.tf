# the providers of Harness's guide to creating CCM connectors with Code Repository and IaCM: harness without a version
terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    harness = { # expect: CCM509@5 'required provider "harness" has no version constraint'
      source = "harness/harness"
    }
  }
}
