a = provider::aws::arn_parse("arn:aws:iam::123456789012:role/x")
b = provider::terraform::encode_tfvars({ a = 1 })
c = provider::aws::arn_parse(var.arn).account_id
