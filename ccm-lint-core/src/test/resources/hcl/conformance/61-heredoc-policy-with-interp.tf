resource "aws_iam_group_policy" "g" {
  group  = "ops"
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": "s3:*",
          "Resource": "arn:aws:s3:::${var.bucket}/*"
        }%{ if var.extra },
        {
          "Effect": "Allow",
          "Action": "ec2:DescribeRegions",
          "Resource": "*"
        }%{ endif }
      ]
    }
  POLICY
}
