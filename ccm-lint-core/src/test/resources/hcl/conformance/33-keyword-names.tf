if = 1
for = 2
in = 3
else = 4
endif = 5
true_value = true
b {
  for = "x"
  if = "y"
}
c = {
  if = 1
  in = 2
  "for" = 3
  endfor = 4
}
d = { x = 1, for = 2 }
