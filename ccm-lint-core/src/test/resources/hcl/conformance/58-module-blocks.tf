module "ccm" {
  source  = "harness-community/ccm/aws"
  version = "1.2.3"

  providers = {
    aws = aws.us_west
  }

  external_id = "harness:891928451355:${var.account}"
  buckets     = [for b in var.buckets : b.name]
}
