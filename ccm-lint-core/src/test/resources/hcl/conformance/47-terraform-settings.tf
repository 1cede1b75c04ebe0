terraform {
  required_version = ">= 1.3.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    harness = {
      source  = "harness/harness"
      version = ">= 0.30"
    }
  }

  backend "s3" {
    bucket = "tf-state"
    key    = "ccm/terraform.tfstate"
    region = "us-east-1"
  }
}
