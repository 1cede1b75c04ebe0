data "harness_platform_current_account" "current" {}

data "aws_region" "current" {}
