name = "Zürich – café ✓"
emoji = "deploy 🚀 now 😀"
cjk = "東京"
mixed = "${var.x}→${var.y} 🎉"
key_unicode = {
  "ключ" = "значение"
  "🔑" = "🗝"
}
greeting = <<EOF
Grüße 🌍
EOF
