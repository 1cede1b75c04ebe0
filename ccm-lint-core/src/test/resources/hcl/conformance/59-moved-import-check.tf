moved {
  from = aws_iam_role.old
  to   = aws_iam_role.new
}

import {
  to = aws_iam_role.new
  id = "HarnessCERole"
}

check "health" {
  assert {
    condition     = aws_iam_role.new.name != ""
    error_message = "role name must be set"
  }
}
