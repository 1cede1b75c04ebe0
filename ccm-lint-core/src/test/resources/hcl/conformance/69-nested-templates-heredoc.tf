a = <<EOF
outer ${"inner ${var.x}"} done
${upper(<<INNER
nested heredoc
INNER
)}
EOF
