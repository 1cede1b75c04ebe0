data "harness_autostopping_aws_alb" "test" {
  identifier = "identifier"
}

