# leading comment
a = 1 # trailing hash
b = 2 // trailing slashes
c = /* inline */ 3
d = [
  1, # in a tuple
  2, // another
  /* block */ 3,
]
e = {
  x = 1 # in an object
  // a whole line
  y = 2
}
block {
  # inside a block
  z = 3
}
/* multi
line */
f = 4
