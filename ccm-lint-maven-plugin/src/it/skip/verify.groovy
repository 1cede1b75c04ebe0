def log = new File(basedir, 'build.log').text
assert log.contains('ccm-lint: skipped')
assert !log.contains('CCM208')
assert !new File(basedir, 'target/ccm-lint').exists()
