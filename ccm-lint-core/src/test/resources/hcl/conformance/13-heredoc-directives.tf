a = <<EOF
%{ for s in var.subnets ~}
subnet ${s}
%{ endfor ~}
EOF
b = <<-EOF
  %{ if var.x }
  yes
  %{ else }
  no
  %{ endif }
  EOF
