a = {
  doc = <<EOF
inside object
EOF
  other = 1
}
b = [<<EOF
in tuple
EOF
, "next"]
