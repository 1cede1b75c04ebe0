café = 1
naïve_name = "x"
block_ü "label" {
  größe = 2
}
