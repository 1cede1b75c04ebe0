def log = new File(basedir, 'build.log').text
// the parent lints only its own files (not its modules' folders)
def summaries = log.readLines().findAll { it =~ /^\[INFO\] ccm-lint: \d+ files?, / }
assert summaries.size() == 3 : summaries
assert summaries[0].contains('2 files, 0 findings') // parent: policies/root.json and .ccm-lint.yml
assert summaries[1].contains('1 file, 0 findings') // module-a: CCM108 is off in the root .ccm-lint.yml
assert summaries[2].contains('1 file, 1 finding (1 error, 0 warnings)') // module-b
// paths are relative to the top of the build
assert log.contains('[ERROR] module-b/iam/trust/CiDeployer.json:6:28: error CCM208 trust-principal-wildcard')
assert log.count('[ERROR] module-b/iam/trust/CiDeployer.json:6:28') == 1
assert new File(basedir, 'module-a/target/ccm-lint/ccm-lint.sarif').isFile()
assert new File(basedir, 'module-b/target/ccm-lint/ccm-lint-result.xml').isFile()
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'module-b/target/ccm-lint/ccm-lint.sarif'))
assert sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri == 'module-b/iam/trust/CiDeployer.json'
