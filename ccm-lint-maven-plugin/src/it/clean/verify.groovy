def log = new File(basedir, 'build.log').text
// run twice: the second run must not read the first one's reports in target/
assert log.count('[INFO] ccm-lint: 2 files, 0 findings (0 errors, 0 warnings), 0 fixable') == 2
assert log.contains('BUILD SUCCESS')
def dir = new File(basedir, 'target/ccm-lint')
assert new File(dir, 'ccm-lint.sarif').isFile()
assert new File(dir, 'ccm-lint-result.xml').isFile()
assert new File(dir, 'TEST-ccm-lint.xml').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'ccm-lint.json'))
assert json.findings == []
