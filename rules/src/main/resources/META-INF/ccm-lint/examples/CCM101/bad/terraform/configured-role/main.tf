# The connector that uses this role lives in the Harness UI; .ccm-lint.yml names the role.
resource "aws_iam_role" "ui_connector" { # expect: CCM101@1 'does not allow ec2:DescribeRegions on "*" (checked AmazonEC2ContainerRegistryReadOnly)'
  name               = "HarnessUiEcrPull"
  assume_role_policy = file("${path.module}/trust.json")
}

resource "aws_iam_role_policy_attachment" "ecr" {
  role       = aws_iam_role.ui_connector.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}
