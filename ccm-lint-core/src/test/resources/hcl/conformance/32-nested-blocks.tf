outer {
  middle {
    inner {
      deepest {
        value = 1
      }
    }
  }
  middle {
    other = 2
  }
}
