resource "harness_platform_connector_aws" "oidc" {
  identifier         = "aws-oidc"  # expect: CCM407@24 '"aws-oidc" must start with a letter or _ and contain only letters, digits and _'
  name               = "aws-oidc"
  execute_on_delegate = true

  oidc_authentication {
    iam_role_arn       = "arn:aws:iam::123456789012:role/HarnessOidc"
    delegate_selectors = ["eks-delegate"]
    region             = "us-east-1"
  }
}

resource "harness_platform_project" "ccm" {
  identifier = "1ccm"  # expect: CCM407@16 '"1ccm" must start with a letter or _ and contain only letters, digits and _'
  name       = "ccm"
  org_id     = "default"
}
