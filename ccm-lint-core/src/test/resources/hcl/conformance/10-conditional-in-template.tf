a = "${var.x ? "yes" : "no"}!"
b = "${var.x ? var.y : "no"}"
c = "v=${var.x ? 1 : 2}"
