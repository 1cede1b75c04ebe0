def log = new File(basedir, 'build.log').text
// the finding is logged, and the failure message names file:line:col and the rule
assert log.contains('[ERROR] iam/trust/CiDeployer.json:6:28: error CCM208 trust-principal-wildcard: any AWS account may assume this role')
assert log.contains('ccm-lint: 1 finding at or above error (1 file, 1 finding (1 error, 0 warnings), 0 fixable):')
assert log.contains('BUILD FAILURE')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ccm-lint/ccm-lint.sarif'))
assert sarif.runs[0].results*.ruleId == ['CCM208']
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'iam/trust/CiDeployer.json'
def cs = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/ccm-lint/ccm-lint-result.xml'))
assert cs.file.@name.text() == 'iam/trust/CiDeployer.json'
assert cs.file.error.@line.text() == '6'
assert cs.file.error.@source.text() == 'ccm-lint.trust-principal-wildcard.CCM208'
