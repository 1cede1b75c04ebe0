terraform {
  required_version = ">= 1.5"
}

resource "aws_s3_bucket" "logs" {
  bucket = "my-logs"

  tags = {
    Name = "logs"
  }
}

resource "aws_s3_bucket" "data" {
  bucket = "my-data"
}

locals {
  a = 1
}

locals {
  b = 2
}
