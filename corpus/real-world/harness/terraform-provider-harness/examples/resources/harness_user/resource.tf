resource "harness_user" "john_doe" {
  name  = "John Doe"
  email = "john.doe@example.com"
}
