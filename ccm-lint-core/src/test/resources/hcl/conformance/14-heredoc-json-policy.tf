resource "aws_iam_policy" "heredoc" {
  name   = "heredoc-policy"
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["ec2:DescribeRegions", "ce:*"],
      "Resource": "*"
    }
  ]
}
EOF
}
