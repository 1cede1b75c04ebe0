resource "aws_iam_role" "ci" {
  name               = "ci"
  assume_role_policy = file("${path.module}/trust.json")
}
