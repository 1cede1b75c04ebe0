# A script in a heredoc that was never filled in: the command runs with the literal <cluster-name>.
resource "aws_instance" "bastion" {
  ami           = "ami-0abcdef1234567890"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    # the comment is for people; the command below is not
    aws eks update-kubeconfig --name <cluster-name>  # from the EKS console
  EOT
}
