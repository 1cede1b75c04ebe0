a = "%{ for x in var.list }${x},%{ endfor }"
b = "%{ for k, v in var.map }${k}=${v};%{ endfor }"
c = "[%{ for x in var.list ~} ${x} %{~ endfor }]"
d = "%{ for x in [1, 2, 3] }%{ if x > 1 }${x}%{ endif }%{ endfor }"
