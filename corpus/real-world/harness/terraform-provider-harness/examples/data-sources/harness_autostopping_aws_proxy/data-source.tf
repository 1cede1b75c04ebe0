data "harness_autostopping_aws_proxy" "test" {
  identifier = "identifier"
}

