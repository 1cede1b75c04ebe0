a = <<EOF
line one
line two
EOF
b = <<EOT
  indented ${var.x}
    more
EOT
c = <<EOF
EOF
d = <<MARKER
has $${escaped} and %%{escaped}
MARKER
