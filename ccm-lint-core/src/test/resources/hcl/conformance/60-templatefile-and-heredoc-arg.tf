resource "aws_iam_role_policy" "inline" {
  role = aws_iam_role.ccm.id
  policy = templatefile("${path.module}/policy.json.tpl", {
    bucket = var.bucket
  })
}

resource "aws_iam_user_policy" "heredoc_arg" {
  user   = "u"
  policy = trimspace(<<-EOT
    {
      "Version": "2012-10-17",
      "Statement": []
    }
  EOT
  )
}
