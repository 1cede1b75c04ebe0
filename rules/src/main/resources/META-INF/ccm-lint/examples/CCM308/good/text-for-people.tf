# Text for people is no value to fill in: a variable's description and its validation's error message,
# what an output prints after apply, and the comments of a script written in a heredoc.
variable "cluster_version" {
  description = "Kubernetes <major>.<minor> version"
  type        = string

  validation {
    condition     = can(regex("^1\\.[0-9]+$", var.cluster_version))
    error_message = "Give the version as <major>.<minor>, such as 1.31."
  }
}

output "configure_sso" {
  description = "Log in with the AWS CLI"
  value       = <<EOT
  aws configure sso --profile admin
      SSO session name (Recommended): <SESSION_NAME>
      SSO region [None]: eu-west-1
EOT
}

resource "aws_instance" "bastion" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    # copy this with CLUSTER set to <cluster-name>
    dnf install -y amazon-ssm-agent  # it talks to the endpoints of <your-region>
  EOT
}
