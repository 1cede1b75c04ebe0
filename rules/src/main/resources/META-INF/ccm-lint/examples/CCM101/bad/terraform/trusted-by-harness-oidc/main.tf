# An AWS connector with OIDC authentication, made in the Harness UI: no connector here names the role,
# but only Harness's OIDC provider may assume it, so it is a connector role and needs ec2:DescribeRegions.
resource "aws_iam_role" "harness_oidc" { # expect: CCM101@1 'connector role "aws_iam_role.harness_oidc" does not allow ec2:DescribeRegions on "*" (checked AmazonS3ReadOnlyAccess)'
  name = "HarnessOidcS3Read"
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

resource "aws_iam_role_policy_attachment" "harness_oidc_s3" {
  role       = aws_iam_role.harness_oidc.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
}
