# A CCM role in each of two accounts, for connectors made in the Harness UI. The module is called once
# per key; each instance's trust admits Harness's CCM account 891928451355 (passed here), so each is a
# connector role. Both instances miss ec2:DescribeRegions in the same policy text: one finding, in
# modules/ccm-role/main.tf, naming the first instance (module.ccm_role["member"]).
module "ccm_role" {
  for_each          = toset(["payer", "member"])
  source            = "./modules/ccm-role"
  role_name         = "HarnessCcmModule-${each.key}"
  trusted_principal = "arn:aws:iam::891928451355:root"
  external_id       = "harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg"
}
