def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] iam/policies/read-artifacts.json:4:5: error ACME001 sid-required: statement without a Sid')
assert log.contains('BUILD FAILURE')
