resource "aws_s3_bucket" "artifacts" {
  bucket = "artifacts"
}
