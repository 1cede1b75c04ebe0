def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] ccm-lint: fixed iam/policies/read-artifacts.json')
assert log.contains('[INFO] ccm-lint: fixed 1 finding in 1 file')
assert log.contains('BUILD SUCCESS') // check (at warning) then passes
def text = new File(basedir, 'iam/policies/read-artifacts.json').text
assert text.startsWith('{\n  "Version": "2012-10-17",\n  "Statement": [\n')
