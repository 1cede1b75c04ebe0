provider "aws" {
  region = var.region

  assume_role {
    role_arn     = "arn:aws:iam::${var.account_id}:role/deployer"
    session_name = "terraform"
  }

  default_tags {
    tags = {
      Owner = "platform"
    }
  }
}

provider "aws" {
  alias  = "us_west"
  region = "us-west-2"
}

provider "harness" {
  endpoint         = "https://app.harness.io/gateway"
  account_id       = var.harness_account_id
  platform_api_key = var.harness_api_key
}
