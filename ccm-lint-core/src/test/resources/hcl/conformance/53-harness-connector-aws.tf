resource "harness_platform_connector_aws" "irsa" {
  identifier = "aws_irsa"
  name       = "AWS IRSA"

  irsa {
    delegate_selectors = ["eks-delegate"]
    region             = "us-east-1"
  }

  aws_sdk_client_backoff_strategy {
    fixed_delay_backoff_strategy {
      fixed_backoff = 100
      retry_count   = 3
    }
  }
}

resource "harness_platform_connector_aws" "oidc" {
  identifier = "aws_oidc"
  name       = "AWS OIDC"

  oidc_authentication {
    iam_role_arn       = aws_iam_role.oidc.arn
    region             = "us-east-1"
    delegate_selectors = []
  }
}

resource "harness_platform_connector_aws" "manual" {
  identifier = "aws_manual"
  name       = "manual"
  manual {
    access_key_ref = "account.aws_access_key"
    secret_key_ref = "account.aws_secret_key"
  }
  cross_account_access {
    role_arn    = "arn:aws:iam::123456789012:role/HarnessRole"
    external_id = "harness:891928451355:acct"
  }
}
