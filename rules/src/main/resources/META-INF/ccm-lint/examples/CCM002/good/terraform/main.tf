# Values Terraform computes are not known here, so they are not held against the grammar.
variable "bucket" {
  type = string
}

resource "aws_iam_policy" "upload" {
  name = "artifacts-upload"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "Upload"
      Effect   = "Allow"
      Action   = var.upload_actions
      Resource = ["arn:aws:s3:::${var.bucket}/*"]
    }]
  })
}
