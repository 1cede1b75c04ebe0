resource "aws_instance" "web" {
  count         = var.enabled ? 2 : 0
  ami           = data.aws_ami.ubuntu.id
  instance_type = "t3.micro"
  depends_on    = [aws_iam_role.ccm, module.vpc]
  tags = merge(var.tags, {
    Name = "web-${count.index}"
  })
}
