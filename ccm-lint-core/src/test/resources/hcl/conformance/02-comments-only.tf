# a hash comment
// a slash comment
/* a block
   comment spanning lines */
# trailing comment without newline