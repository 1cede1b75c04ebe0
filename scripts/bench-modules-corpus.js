// Writes the Terraform module benchmark corpus (issue #18): our own Terraform, no fetched file. Two
// repositories, each one root module (live/) making COUNT module calls, a fifth of each kind:
//   - a harness-role call (a role Harness's CCM account assumes with an external ID, jsonencode trust
//     built from variables, an aws_iam_role_policy of the actions it is given);
//   - an irsa-role call (a role for an EKS service account: OIDC trust from an
//     aws_iam_policy_document, an aws_iam_role_policy, managed policies attached with count);
//   - a harness-role call with count = 2;
//   - an irsa-role call with for_each over a map of 3 service accounts;
//   - a connector call: a module that itself calls ../harness-role (nesting) and declares a
//     harness_platform_connector_awscc whose role_arn is the nested module's output. It passes
//     actions without ec2:DescribeRegions on purpose: CCM101 in modules/harness-role, the same
//     statement for every connector instance (reported once).
// plus, in the root, a harness_platform_connector_aws reading module.<first call>.role_arn.
//   local/       live/ + modules/{harness-role,irsa-role,connector}: local sources (../modules/...)
//   downloaded/  live/ only, the modules placed as `terraform init` downloads them: registry sources,
//                .terraform/modules/<key>/ per call (the connector from a package with submodules,
//                .terraform/modules/<key>/modules/connector calling ../harness-role) and
//                .terraform/modules/modules.json
// Each repository also comes as <name>-no-calls/: the same bytes with every `module` block renamed
// `module_off` (parsed the same, never followed), the baseline of scripts/bench-modules.sh.
// Deterministic: the same COUNT gives the same files. Writes <out>/corpus.txt: one line per
// repository, "name calls instances linted_files module_files bytes".
// Usage: node bench-modules-corpus.js <output folder> [count, default 200]
'use strict';
const fs = require('fs');
const path = require('path');

const [out, countArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench-modules-corpus.js <output folder> [count]');
  process.exit(2);
}
const count = Number(countArg || 200);
const HARNESS_ACCOUNT = '891928451355';
const EXTERNAL_ID = 'harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg';
const SERVICES = ['billing', 'inventory', 'autostopping', 'governance', 'reports', 'deployer', 'ingest', 'etl', 'web', 'api'];

// ---- the modules --------------------------------------------------------------------------------

const HARNESS_ROLE = `variable "name" {
  type        = string
  description = "Name of the role"
}

variable "trusted_account" {
  type    = string
  default = "${HARNESS_ACCOUNT}"
}

variable "external_id" {
  type = string
}

variable "actions" {
  type    = list(string)
  default = ["ec2:DescribeRegions", "ce:GetCostAndUsage", "cur:DescribeReportDefinitions", "organizations:DescribeOrganization"]
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_iam_role" "this" {
  name = var.name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TrustHarness"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${var.trusted_account}:root" }
      Action    = "sts:AssumeRole"
      Condition = { StringEquals = { "sts:ExternalId" = var.external_id } }
    }]
  })
  tags = merge(var.tags, { ManagedBy = "terraform" })
}

resource "aws_iam_role_policy" "this" {
  name = "\${var.name}-access"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid      = "HarnessAccess"
      Effect   = "Allow"
      Action   = var.actions
      Resource = "*"
    }]
  })
}

output "role_arn" {
  value = aws_iam_role.this.arn
}

output "role_name" {
  value = aws_iam_role.this.name
}
`;

const IRSA_ROLE = `variable "name" {
  type = string
}

variable "account_id" {
  type = string
}

variable "oidc_provider" {
  type        = string
  description = "The cluster's OIDC issuer without https://"
}

variable "namespace" {
  type = string
}

variable "service_account" {
  type = string
}

variable "bucket" {
  type = string
}

variable "policy_arns" {
  type    = list(string)
  default = []
}

data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::\${var.account_id}:oidc-provider/\${var.oidc_provider}"]
    }
    condition {
      test     = "StringEquals"
      variable = "\${var.oidc_provider}:sub"
      values   = ["system:serviceaccount:\${var.namespace}:\${var.service_account}"]
    }
    condition {
      test     = "StringEquals"
      variable = "\${var.oidc_provider}:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_iam_role_policy" "bucket" {
  name = "\${var.name}-bucket"
  role = aws_iam_role.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = "arn:aws:s3:::\${var.bucket}"
      },
      {
        Effect   = "Allow"
        Action   = ["s3:GetObject", "s3:PutObject"]
        Resource = "arn:aws:s3:::\${var.bucket}/\${var.namespace}/*"
      },
    ]
  })
}

resource "aws_iam_role_policy_attachment" "managed" {
  count      = length(var.policy_arns)
  role       = aws_iam_role.this.name
  policy_arn = var.policy_arns[count.index]
}

output "role_arn" {
  value = aws_iam_role.this.arn
}
`;

// The connector's source of its nested role: a sibling folder, locally and in the downloaded package.
const CONNECTOR = `variable "name" {
  type = string
}

variable "identifier" {
  type = string
}

variable "account_id" {
  type = string
}

variable "external_id" {
  type = string
}

variable "features" {
  type    = list(string)
  default = ["BILLING", "VISIBILITY"]
}

module "role" {
  source      = "../harness-role"
  name        = "\${var.name}-ccm"
  external_id = var.external_id
  # no ec2:DescribeRegions: the benchmark's one CCM101, found through every connector instance
  actions = ["ce:GetCostAndUsage", "cur:DescribeReportDefinitions", "ec2:DescribeInstances", "ec2:DescribeVolumes"]
  tags    = { Connector = var.identifier }
}

resource "harness_platform_connector_awscc" "this" {
  identifier       = var.identifier
  name             = var.name
  account_id       = var.account_id
  features_enabled = var.features
  cross_account_access {
    role_arn    = module.role.role_arn
    external_id = var.external_id
  }
}

output "role_arn" {
  value = module.role.role_arn
}

output "connector_id" {
  value = harness_platform_connector_awscc.this.identifier
}
`;

const VERSIONS = `terraform {
  required_version = ">= 1.5.0"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
    harness = {
      source  = "harness/harness"
      version = "~> 0.31"
    }
  }
}
`;

const ROOT_HEAD = `variable "environment" {
  type    = string
  default = "prod"
}

locals {
  aws_account_id = "123456789012"
  oidc_provider  = "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
  external_id    = "${EXTERNAL_ID}"
  service_accounts = {
    api    = "api-server"
    worker = "queue-worker"
    cron   = "nightly-jobs"
  }
}
`;

// ---- the calls ----------------------------------------------------------------------------------

const KINDS = ['role', 'irsa', 'role_count', 'irsa_each', 'ccm'];
const INSTANCES = { role: 1, irsa: 1, role_count: 2, irsa_each: 3, ccm: 2 }; // the connector: itself and its role
const MODULE_OF = { role: 'harness-role', irsa: 'irsa-role', role_count: 'harness-role', irsa_each: 'irsa-role', ccm: 'connector' };
const REGISTRY = {
  'harness-role': { source: 'example-org/harness-role/aws', version: '1.4.2' },
  'irsa-role': { source: 'example-org/irsa-role/aws', version: '2.1.0' },
  connector: { source: 'example-org/harness-ccm/aws//modules/connector', version: '0.9.1' },
};

const pad = (i) => String(i).padStart(4, '0');
const callName = (i) => KINDS[i % KINDS.length] + '_' + pad(i);

/** One call's block; its `source` (and `version`) given by the layout as [name, value] pairs. */
function call(i, sourceLines) {
  const kind = KINDS[i % KINDS.length];
  const svc = SERVICES[i % SERVICES.length];
  const lines = [`module "${callName(i)}" {`];
  if (kind === 'role_count') lines.push('  count = 2', '');
  if (kind === 'irsa_each') lines.push('  for_each = local.service_accounts', '');
  const width = kind.startsWith('irsa') ? 15 : 11; // the arguments below are aligned to it, as terraform fmt does
  lines.push(...sourceLines.map(([k, v]) => `  ${k.padEnd(width)} = "${v}"`));
  switch (kind) {
    case 'role':
      lines.push(`  name        = "harness-${svc}-${pad(i)}-\${var.environment}"`,
        '  external_id = local.external_id',
        `  tags        = { Service = "${svc}", Environment = var.environment }`);
      break;
    case 'role_count':
      lines.push(`  name        = "harness-${svc}-${pad(i)}-\${count.index}"`,
        '  external_id = local.external_id');
      break;
    case 'irsa':
      lines.push(`  name            = "${svc}-irsa-${pad(i)}"`,
        '  account_id      = local.aws_account_id',
        '  oidc_provider   = local.oidc_provider',
        `  namespace       = "${svc}"`,
        `  service_account = "${svc}-sa"`,
        `  bucket          = "example-${svc}-artifacts"`,
        '  policy_arns     = ["arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy"]');
      break;
    case 'irsa_each':
      lines.push(`  name            = "${svc}-\${each.key}-${pad(i)}"`,
        '  account_id      = local.aws_account_id',
        '  oidc_provider   = local.oidc_provider',
        `  namespace       = "${svc}"`,
        '  service_account = each.value',
        `  bucket          = "example-${svc}-\${each.key}"`);
      break;
    case 'ccm':
      lines.push(`  name        = "ccm-${svc}-${pad(i)}"`,
        `  identifier  = "ccm_${svc}_${pad(i)}"`,
        '  account_id  = local.aws_account_id',
        '  external_id = local.external_id');
      break;
  }
  lines.push('}', '');
  return lines.join('\n');
}

const ROOT_CONNECTOR = `resource "harness_platform_connector_aws" "deploy" {
  identifier = "aws_deploy"
  name       = "aws-deploy"

  inherit_from_delegate {
    delegate_selectors = ["eks-delegate"]
  }

  cross_account_access {
    role_arn    = module.${callName(0)}.role_arn
    external_id = local.external_id
  }
}
`;

// ---- writing ------------------------------------------------------------------------------------

let files = [];
function write(file, text) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  files.push({ file, bytes: Buffer.byteLength(text) });
}
/** The baseline's text: `module` blocks renamed, the same bytes otherwise (plus 4 per block). */
const off = (text, noCalls) => (noCalls ? text.replace(/^module "/gm, 'module_off "') : text);

function root(dir, sourceLinesOf, noCalls) {
  const calls = [];
  for (let i = 0; i < count; i++) calls.push(call(i, sourceLinesOf(i)));
  write(path.join(dir, 'versions.tf'), VERSIONS);
  write(path.join(dir, 'main.tf'), off(ROOT_HEAD + '\n' + calls.join('\n'), noCalls));
  write(path.join(dir, 'connectors.tf'), ROOT_CONNECTOR);
}

function local(dir, noCalls) {
  root(path.join(dir, 'live'), (i) => [['source', `../modules/${MODULE_OF[KINDS[i % KINDS.length]]}`]], noCalls);
  write(path.join(dir, 'modules/harness-role/main.tf'), HARNESS_ROLE);
  write(path.join(dir, 'modules/irsa-role/main.tf'), IRSA_ROLE);
  write(path.join(dir, 'modules/connector/main.tf'), off(CONNECTOR, noCalls));
}

function downloaded(dir, noCalls) {
  const live = path.join(dir, 'live');
  root(live, (i) => {
    const r = REGISTRY[MODULE_OF[KINDS[i % KINDS.length]]];
    return [['source', r.source], ['version', r.version]];
  }, noCalls);
  const entries = [{ Key: '', Source: '', Dir: '.' }];
  for (let i = 0; i < count; i++) {
    const key = callName(i);
    const mod = MODULE_OF[KINDS[i % KINDS.length]];
    const r = REGISTRY[mod];
    const base = `.terraform/modules/${key}`;
    if (mod === 'connector') { // a package with submodules: the call names one, which calls its sibling
      entries.push({ Key: key, Source: 'registry.terraform.io/' + r.source, Version: r.version, Dir: base + '/modules/connector' });
      entries.push({ Key: key + '.role', Source: '../harness-role', Dir: base + '/modules/harness-role' });
      write(path.join(live, base, 'modules/connector/main.tf'), off(CONNECTOR, noCalls));
      write(path.join(live, base, 'modules/harness-role/main.tf'), HARNESS_ROLE);
      write(path.join(live, base, 'README.md'), '# harness-ccm\n\nA Harness CCM connector and its role (benchmark package).\n');
    } else {
      entries.push({ Key: key, Source: 'registry.terraform.io/' + r.source, Version: r.version, Dir: base });
      write(path.join(live, base, 'main.tf'), mod === 'harness-role' ? HARNESS_ROLE : IRSA_ROLE);
    }
  }
  write(path.join(live, '.terraform/modules/modules.json'), JSON.stringify({ Modules: entries }) + '\n');
}

const SETTINGS = 'harness:\n  accountId: Kq2vT8xWbN4mR1yZc7LpHg\n  hosts: [app.harness.io]\n  ccmPrincipalAccounts: ["891928451355"]\n';
const instances = 1 + Array.from({ length: count }, (_, i) => INSTANCES[KINDS[i % KINDS.length]]).reduce((a, b) => a + b, 0);
const summary = [];
for (const [name, layout] of [['local', local], ['downloaded', downloaded]]) {
  for (const noCalls of [false, true]) {
    const dir = path.join(out, name + (noCalls ? '-no-calls' : ''));
    fs.rmSync(dir, { recursive: true, force: true });
    files = [];
    layout(dir, noCalls);
    write(path.join(dir, '.ccm-lint.yml'), SETTINGS);
    const tf = files.filter((f) => f.file.endsWith('.tf'));
    const linted = tf.filter((f) => !f.file.includes('/.terraform/')).length;
    const bytes = tf.reduce((s, f) => s + f.bytes, 0);
    summary.push(`${path.basename(dir)} ${noCalls ? 0 : count} ${noCalls ? 0 : instances} ${linted} ${tf.length - linted} ${bytes}`);
  }
}
fs.writeFileSync(path.join(out, 'corpus.txt'), summary.join('\n') + '\n');
const mix = KINDS.map((k) => `${Array.from({ length: count }, (_, i) => i).filter((i) => KINDS[i % KINDS.length] === k).length} ${k}`);
console.log(`${count} module calls (${mix.join(', ')}), ${instances} module instances in the root's tree`
  + ` (root included) -> ${out}/{local,downloaded}{,-no-calls}`);
