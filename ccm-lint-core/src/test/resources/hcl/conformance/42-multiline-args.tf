a = merge(
  var.defaults,
  {
    extra = true
  },
)
b = join(",",
  [
    "a",
    "b"
  ]
)
