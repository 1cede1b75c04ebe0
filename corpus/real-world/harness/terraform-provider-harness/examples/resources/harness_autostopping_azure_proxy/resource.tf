resource "harness_autostopping_azure_proxy" "test" {
  name                              = "name"
  cloud_connector_id                = "cloud_connector_id"
  region                            = "eastus2"
  resource_group                    = "resource_group"
  vpc                               = "/subscriptions/subscription_id/resourceGroups/resource_group/providers/Microsoft.Network/virtualNetworks/virtual_network"
  subnet_id                         = "/subscriptions/subscription_id/resourceGroups/resource_group/providers/Microsoft.Network/virtualNetworks/virtual_network/subnets/subnet_id"
  security_groups                   = ["/subscriptions/subscription_id/resourceGroups/resource_group/providers/Microsoft.Network/networkSecurityGroups/network_security_group"]
  allocate_static_ip                = true
  machine_type                      = "Standard_D2s_v3"
  keypair                           = ""
  api_key                           = ""
  delete_cloud_resources_on_destroy = true
}

