####################
#
# Harness Structure Provider Requirements
#
####################
terraform {
  required_providers {
    harness = {
      source = "harness/harness"
    }
  }
}
