# No connector here names this role, but only Harness's OIDC provider may assume it: it is the role of an
# AWS connector with OIDC authentication, and every pipeline that can use that connector gets the account.
resource "aws_iam_role" "harness_oidc" {
  name = "HarnessOidcDeployer"
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
}

resource "aws_iam_role_policy_attachment" "harness_oidc_admin" {
  role       = aws_iam_role.harness_oidc.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: CCM109@16 'connector role "aws_iam_role.harness_oidc" has the AWS managed policy AdministratorAccess attached'
}
