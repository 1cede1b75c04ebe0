resource "harness_platform_connector_aws" "node_role" {
  identifier = "aws_node_role"
  name       = "aws-node-role"

  inherit_from_delegate {
    delegate_selectors = [] # expect: CCM502@26 'uses InheritFromDelegate credentials with an empty inherit_from_delegate.delegate_selectors'
  }
}
