# The trust also names sessions after the caller's account: "$${...}" keeps Terraform from
# interpolating the IAM policy variable, and the fix of the external ID leaves it as written.
resource "aws_iam_role" "ccm_audit" {
  name                = "HarnessCcmAudit"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AmazonEC2ReadOnlyAccess"]
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::891928451355:user/prod-data-pipeline-dont-delete" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = {
          "sts:ExternalId" = "harness-891928451355-Kq2vT8xWbN4mR1yZc7LpHg" # expect: CCM207@30 'external ID "harness-891928451355-Kq2vT8xWbN4mR1yZc7LpHg" is not harness:<Harness AWS account>:<Harness account id>'
        }
        StringLike = {
          "sts:RoleSessionName" = "harness-$${aws:PrincipalAccount}-*"
        }
      }
    }]
  })
}
