resource "harness_platform_connector_aws" "ecs" {
  identifier = "aws_ecs"
  name       = "aws-ecs"

  irsa {
    delegate_selectors = ["eks-delegate"]
    region             = "us-east-1"
  }

  fixed_delay_backoff_strategy {
    fixed_backoff = -100 # expect: CCM510@21 'fixed_delay_backoff_strategy.fixed_backoff is negative'
    retry_count   = 3
  }
}
