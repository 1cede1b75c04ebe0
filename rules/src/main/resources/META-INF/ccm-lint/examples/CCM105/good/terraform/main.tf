resource "aws_iam_role_policy" "hop" {
  name = "assume-in-organization"
  role = "ci-runner"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Resource  = "*"
      Condition = { StringEquals = { "aws:ResourceOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}
