# A documentation snippet with the key elided is no key written in plain text.
provider "harness" {
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "...."
  platform_api_key = "......"
}
