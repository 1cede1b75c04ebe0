resource "aws_iam_role" "quoted" {
}
resource aws_iam_role bare {
}
block "mixed" bare "again" {
  x = 1
}
module "vpc" {
  source = "./vpc"
}
label_escape "a\"b" {
}
