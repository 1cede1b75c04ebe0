resource "aws_iam_role_policy" "fargate" {
  name = "fargate-pod-execution"
  role = "AmazonEKSFargatePodExecutionRole"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::XXXXX:role/AmazonEKSFargatePodExecutionRole"  # expect: CCM308@32 'placeholder XXXXX was never filled in'
    }]
  })
}
