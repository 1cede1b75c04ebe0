kebab-case = 1
with-many-dashes-here = "x"
block-type "label-with-dash" {
  inner-attr = true
}
