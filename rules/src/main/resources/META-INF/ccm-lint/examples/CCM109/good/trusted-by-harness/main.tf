# A role only Harness's OIDC provider may assume, with the read-only access its connector needs.
resource "aws_iam_role" "harness_oidc" {
  name = "HarnessOidcReader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::156272853481:oidc-provider/app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:aud" = "sts.amazonaws.com"
          "app.harness.io/ng/api/oidc/account/Hue1lBsaSx2APlXjzVEPIg:sub" = "account/Hue1lBsaSx2APlXjzVEPIg:org/default:project/OIDC_Test"
        }
      }
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
}

# Harness does not assume this one (only an account of the user's own): AdministratorAccess is not a connector's here.
resource "aws_iam_role" "break_glass" {
  name = "BreakGlassAdmin"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/security-oncall" }
      Action    = "sts:AssumeRole"
    }]
  })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
