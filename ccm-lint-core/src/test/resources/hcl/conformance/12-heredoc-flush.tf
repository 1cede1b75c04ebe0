a = <<-EOF
    one
      two
    three
    EOF
b = <<-EOF
      ${var.x}
    y
  EOF
c = <<-EOF

    blank line above and below

    EOF
d = <<-EOT
	tab indented
	  more
	EOT
