# The connector that uses this role lives in the Harness UI; .ccm-lint.yml names the role.
resource "aws_iam_role" "ui_connector" { # expect: CCM101
  name               = "HarnessUiEcrPull"
  assume_role_policy = file("${path.module}/trust.json")
}

resource "aws_iam_role_policy" "ui_connector_harness_describe_regions" {
  name = "HarnessDescribeRegions"
  role = aws_iam_role.ui_connector.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "HarnessDescribeRegions"
      Effect   = "Allow"
      Action   = "ec2:DescribeRegions"
      Resource = "*"
    }]
  })
}

resource "aws_iam_role_policy_attachment" "ecr" {
  role       = aws_iam_role.ui_connector.name
  policy_arn = "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly"
}
