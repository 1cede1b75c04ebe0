a = <<EOF
value
   EOF   
b = <<-END_OF_TEXT
  x
  END_OF_TEXT
