a = {}
b = { x = 1, y = 2 }
c = {
  x = 1
  y = 2
}
d = {
  "quoted" = 1
  "with space" = 2
  colon: 3
  "colon2": 4
}
e = { x = 1, }
f = {
  nested = {
    deeper = {
      value = "v"
    }
  }
}
g = {
  a = 1,
  b = 2
  c = 3,
}
