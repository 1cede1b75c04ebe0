type = string
value = number
list_val = list
