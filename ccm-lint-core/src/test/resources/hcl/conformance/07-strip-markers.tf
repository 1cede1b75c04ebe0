a = "hello ${~ "world" }"
b = "a   ${~ var.x ~}   b"
c = "%{ if true ~}  yes  %{~ endif }"
d = "x ${var.y~} z"
