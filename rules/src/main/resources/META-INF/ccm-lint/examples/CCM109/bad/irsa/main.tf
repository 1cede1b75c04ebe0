# a Terraform role for IRSA, with the whole account attached
resource "aws_iam_role" "ci_deployer" {
  name = "ci-deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/5C3F1A2B7D9E4F60A1B2C3D4E5F60718" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = {
        StringEquals = {
          "oidc.eks.us-east-1.amazonaws.com/id/5C3F1A2B7D9E4F60A1B2C3D4E5F60718:aud" = "sts.amazonaws.com"
          "oidc.eks.us-east-1.amazonaws.com/id/5C3F1A2B7D9E4F60A1B2C3D4E5F60718:sub" = "system:serviceaccount:ci:deployer"
        }
      }
    }]
  })
}

resource "aws_iam_role_policy_attachment" "ci_deployer_admin" {
  role       = aws_iam_role.ci_deployer.name
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess" # expect: CCM109@16 'role "aws_iam_role.ci_deployer" has the AWS managed policy AdministratorAccess attached and service account ci/deployer assumes it (IRSA, the annotation in irsa/service-account.yaml)'
}
