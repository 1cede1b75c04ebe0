// Writes the CloudFormation benchmark corpus: COUNT templates of our own, the kinds of IAM stacks a
// Harness user keeps next to their pipelines (the CCM cross-account role, OIDC deploy roles, Lambda,
// EC2, ECS and cross-account deploy roles), each with parameters (Environment with AllowedValues),
// conditions (IsProd, HasBoundary), !Sub / !If / !Ref / !GetAtt / !Join / !FindInMap, trust policies,
// inline policies, managed policy ARNs, AWS::IAM::ManagedPolicy and AWS::IAM::Policy resources, and a
// few resources of other types. Deterministic (a seeded generator): the same COUNT gives the same
// files. A third of them YAML with the short-form tags, a fifth YAML with the long forms, the rest JSON.
// Used by scripts/bench-cloudformation.sh.
// Usage: node bench-cfn-corpus.js <output folder> [count, default 1000]
'use strict';
const fs = require('fs');
const path = require('path');

const [out, countArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench-cfn-corpus.js <output folder> [count]');
  process.exit(2);
}
const count = Number(countArg || 1000);

// mulberry32: small, seeded, the same on every machine
let seed = 0x5eed1e55;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
const some = (xs, min, max) => {
  const n = min + Math.floor(random() * (max - min + 1));
  const copy = xs.slice();
  const chosen = [];
  while (chosen.length < n && copy.length) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
  return chosen;
};

// ---- intrinsic functions: {fn, arg}, written as tags, long forms or JSON by the writers below ----
const fn = (name, arg) => ({ fn: name, arg });
const Ref = (x) => fn('Ref', x);
const Sub = (x, vars) => fn('Fn::Sub', vars ? [x, vars] : x);
const GetAtt = (r, a) => fn('Fn::GetAtt', [r, a]);
const If = (c, a, b) => fn('Fn::If', [c, a, b]);
const Equals = (a, b) => fn('Fn::Equals', [a, b]);
const Not = (c) => fn('Fn::Not', [c]);
const And = (...cs) => fn('Fn::And', cs);
const Join = (d, xs) => fn('Fn::Join', [d, xs]);
const FindInMap = (m, k, n) => fn('Fn::FindInMap', [m, k, n]);
const Cond = (c) => fn('Condition', c);
const NoValue = Ref('AWS::NoValue');
const arn = (rest) => Sub('arn:${AWS::Partition}:' + rest);
const managed = (name) => arn('iam::aws:policy/' + name);

const SERVICES = ['billing', 'inventory', 'autostopping', 'governance', 'reports', 'deployer', 'ingest', 'etl', 'web', 'api'];
const BUCKET_WORDS = ['cur', 'artifacts', 'logs', 'reports', 'state', 'exports', 'backups'];
const TABLES = ['Orders', 'Sessions', 'Inventory', 'Events', 'Jobs'];
const MANAGED = ['ReadOnlyAccess', 'AmazonEC2ReadOnlyAccess', 'AmazonSSMManagedInstanceCore', 'CloudWatchAgentServerPolicy',
  'service-role/AWSLambdaBasicExecutionRole', 'service-role/AmazonECSTaskExecutionRolePolicy', 'AmazonS3ReadOnlyAccess',
  'AWSCloudFormationReadOnlyAccess', 'SecurityAudit', 'AmazonEKSClusterPolicy'];

function doc(statements) {
  return { Version: '2012-10-17', Statement: statements };
}

function commonParameters(p) {
  p.Environment = { Type: 'String', Default: 'dev', AllowedValues: ['dev', 'staging', 'prod'], Description: 'Deployment stage' };
  p.ProjectName = { Type: 'String', Default: pick(SERVICES) + '-' + Math.floor(random() * 900 + 100), MinLength: 3 };
  p.PermissionsBoundaryArn = { Type: 'String', Default: '', Description: 'Optional permissions boundary' };
  return p;
}

function commonConditions(c) {
  c.IsProd = Equals(Ref('Environment'), 'prod');
  c.HasBoundary = Not(Equals(Ref('PermissionsBoundaryArn'), ''));
  c.ProdWithBoundary = And(Cond('IsProd'), Cond('HasBoundary'));
  return c;
}

function boundary() {
  return If('HasBoundary', Ref('PermissionsBoundaryArn'), NoValue);
}

function bucketStatements(bucket, write) {
  const actions = write ? ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] : ['s3:GetObject'];
  return [
    { Sid: 'List', Effect: 'Allow', Action: ['s3:ListBucket', 's3:GetBucketLocation'], Resource: arn('s3:::' + bucket) },
    { Sid: 'Objects', Effect: 'Allow', Action: actions, Resource: arn('s3:::' + bucket + '/*') },
  ];
}

// ---- the kinds of stacks ------------------------------------------------------------------------

function ccmCrossAccount(t, i) {
  t.Description = 'Harness CCM cross-account access (benchmark template ' + i + ')';
  t.Parameters.ExternalId = { Type: 'String', Default: 'harness:891928451355:Kq2vT8xWbN4mR1yZc7LpHg', NoEcho: false };
  t.Parameters.BillingBucket = { Type: 'String', Default: 'ccm-' + pick(BUCKET_WORDS) + '-' + i };
  t.Parameters.EnableAutoStopping = { Type: 'String', Default: 'false', AllowedValues: ['true', 'false'] };
  t.Conditions.AutoStopping = Equals(Ref('EnableAutoStopping'), 'true');
  const policies = [{ PolicyName: 'HarnessBillingMonitoring', PolicyDocument: doc(bucketStatements('${BillingBucket}', false)
    .concat([{ Effect: 'Allow', Action: ['cur:DescribeReportDefinitions', 'organizations:Describe*', 'organizations:List*'], Resource: '*' }])) }];
  if (chance(0.7)) {
    policies.push({ PolicyName: 'HarnessOptimisation', PolicyDocument: doc([
      If('AutoStopping', { Effect: 'Allow', Action: ['ec2:StopInstances', 'ec2:StartInstances', 'autoscaling:UpdateAutoScalingGroup'],
        Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/harness-managed': 'true' } } }, NoValue),
      { Effect: 'Allow', Action: ['ec2:Describe*', 'autoscaling:Describe*', 'elasticloadbalancing:Describe*'], Resource: '*' },
    ]) });
  }
  t.Resources.HarnessCERole = { Type: 'AWS::IAM::Role', Properties: {
    RoleName: Sub('HarnessCERole-${Environment}-' + i),
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::891928451355:root' }, Action: 'sts:AssumeRole',
      Condition: { StringEquals: { 'sts:ExternalId': Ref('ExternalId') } } }]),
    ManagedPolicyArns: [managed(pick(['ReadOnlyAccess', 'SecurityAudit']))],
    Policies: policies,
    PermissionsBoundary: boundary(),
  } };
  t.Outputs.CrossAccountRoleArn = { Value: GetAtt('HarnessCERole', 'Arn') };
}

function oidcDeploy(t, i) {
  t.Description = 'Deploy role for CI through OIDC (benchmark template ' + i + ')';
  t.Parameters.Repository = { Type: 'String', Default: 'example-org/' + pick(SERVICES) + '-service' };
  t.Mappings.Stages = { dev: { Branch: 'develop' }, staging: { Branch: 'release/*' }, prod: { Branch: 'main' } };
  t.Resources.DeployRole = { Type: 'AWS::IAM::Role', Properties: {
    RoleName: Join('-', [Ref('ProjectName'), 'deploy', Ref('Environment')]),
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow',
      Principal: { Federated: arn('iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com') },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': Sub('repo:${Repository}:ref:refs/heads/${Branch}',
          { Branch: FindInMap('Stages', Ref('Environment'), 'Branch') }) } } }]),
    Policies: [{ PolicyName: 'deploy', PolicyDocument: doc([
      { Effect: 'Allow', Action: ['cloudformation:CreateStack', 'cloudformation:UpdateStack', 'cloudformation:DescribeStacks'],
        Resource: arn('cloudformation:${AWS::Region}:${AWS::AccountId}:stack/${ProjectName}-*/*') },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: arn('iam::${AWS::AccountId}:role/${ProjectName}-*'),
        Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } } },
    ].concat(bucketStatements('${ProjectName}-' + pick(BUCKET_WORDS), true))) }],
    MaxSessionDuration: If('IsProd', 3600, 7200),
    PermissionsBoundary: boundary(),
  } };
  t.Outputs.DeployRoleArn = { Value: GetAtt('DeployRole', 'Arn') };
}

function lambdaStack(t, i) {
  t.Description = 'Function and its execution role (benchmark template ' + i + ')';
  const table = pick(TABLES);
  t.Resources.Table = { Type: 'AWS::DynamoDB::Table', Properties: { TableName: Sub('${ProjectName}-' + table),
    BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }] } };
  t.Resources.FunctionRole = { Type: 'AWS::IAM::Role', Properties: {
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    ManagedPolicyArns: [managed('service-role/AWSLambdaBasicExecutionRole')].concat(chance(0.3) ? [managed('AWSXRayDaemonWriteAccess')] : []),
    Policies: [{ PolicyName: 'table', PolicyDocument: doc([{ Effect: 'Allow',
      Action: some(['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'], 2, 5),
      Resource: [GetAtt('Table', 'Arn'), Sub('${Table.Arn}/index/*')] }]) }],
    PermissionsBoundary: boundary(),
  } };
  t.Resources.Function = { Type: 'AWS::Lambda::Function', Properties: { Runtime: pick(['python3.12', 'nodejs20.x', 'java21']),
    Handler: 'index.handler', Role: GetAtt('FunctionRole', 'Arn'), Timeout: If('IsProd', 30, 10),
    Code: { ZipFile: 'def handler(event, context):\n    return {"ok": True}\n' },
    Environment: { Variables: { TABLE: Ref('Table'), STAGE: Ref('Environment') } } } };
}

function ec2Stack(t, i) {
  t.Description = 'Instance role and profile (benchmark template ' + i + ')';
  t.Parameters.LogBucket = { Type: 'String', Default: 'logs-' + i };
  t.Resources.InstanceRole = { Type: 'AWS::IAM::Role', Properties: {
    RoleName: Sub('${ProjectName}-instance-${AWS::Region}'),
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Service: [Sub('ec2.${AWS::URLSuffix}')] }, Action: ['sts:AssumeRole'] }]),
    ManagedPolicyArns: some(MANAGED.slice(1, 4), 1, 3).map(managed),
    Path: '/' + pick(SERVICES) + '/',
    Policies: [{ PolicyName: 'logs', PolicyDocument: doc(bucketStatements('${LogBucket}', true)) }],
  } };
  t.Resources.InstanceProfile = { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: [Ref('InstanceRole')] } };
  t.Resources.LogsPolicy = { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'cloudwatch', Roles: [Ref('InstanceRole')],
    PolicyDocument: doc([{ Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:DescribeLogStreams'],
      Resource: arn('logs:${AWS::Region}:${AWS::AccountId}:log-group:/${ProjectName}/*') }]) } };
}

function ecsStack(t, i) {
  t.Description = 'ECS task and execution roles (benchmark template ' + i + ')';
  t.Parameters.SecretName = { Type: 'String', Default: 'app/' + pick(SERVICES) };
  t.Resources.ExecutionRole = { Type: 'AWS::IAM::Role', Properties: {
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    ManagedPolicyArns: [managed('service-role/AmazonECSTaskExecutionRolePolicy')],
    Policies: [{ PolicyName: 'secrets', PolicyDocument: doc([{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue',
      Resource: arn('secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:${SecretName}-*') }]) }],
  } };
  t.Resources.TaskRole = { Type: 'AWS::IAM::Role', Properties: {
    RoleName: If('IsProd', Sub('${ProjectName}-task'), NoValue),
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole',
      Condition: { ArnLike: { 'aws:SourceArn': arn('ecs:${AWS::Region}:${AWS::AccountId}:*') } } }]),
    Policies: [{ PolicyName: 'queue', PolicyDocument: doc([{ Effect: 'Allow',
      Action: ['sqs:SendMessage', 'sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: GetAtt('Queue', 'Arn') }]) }],
    PermissionsBoundary: boundary(),
  } };
  t.Resources.Queue = { Type: 'AWS::SQS::Queue', Properties: { QueueName: Sub('${ProjectName}-${Environment}'),
    VisibilityTimeout: 60 } };
}

function crossAccountDeploy(t, i) {
  t.Description = 'Cross-account deployment role for a Harness delegate (benchmark template ' + i + ')';
  t.Parameters.DelegateAccountId = { Type: 'String', Default: String(100000000000 + Math.floor(random() * 899999999999)) };
  t.Resources.DeploymentRole = { Type: 'AWS::IAM::Role', Properties: {
    RoleName: Sub('harness-deploy-${Environment}'),
    AssumeRolePolicyDocument: doc([{ Effect: 'Allow', Principal: { AWS: Sub('arn:${AWS::Partition}:iam::${DelegateAccountId}:root') },
      Action: 'sts:AssumeRole' }]),
    PermissionsBoundary: boundary(),
  } };
  t.Resources.DeploymentPolicy = { Type: 'AWS::IAM::ManagedPolicy', Properties: { Roles: [Ref('DeploymentRole')],
    PolicyDocument: doc([
      { Effect: 'Allow', Action: ['ecs:UpdateService', 'ecs:DescribeServices', 'ecs:RegisterTaskDefinition'], Resource: '*' },
      { Effect: 'Allow', Action: 'iam:PassRole', Resource: arn('iam::${AWS::AccountId}:role/${ProjectName}-*') },
      If('IsProd', { Effect: 'Deny', Action: ['ecs:DeleteService', 'ecs:DeleteCluster'], Resource: '*' }, NoValue),
    ]) } };
  t.Resources.ReadOnly = { Type: 'AWS::IAM::Policy', Condition: 'IsProd', Properties: { PolicyName: 'prod-read',
    Roles: [Ref('DeploymentRole')], PolicyDocument: doc([{ Effect: 'Allow', Action: ['cloudwatch:GetMetricData', 'logs:FilterLogEvents'],
      Resource: '*' }]) } };
}

const KINDS = [ccmCrossAccount, oidcDeploy, lambdaStack, ec2Stack, ecsStack, crossAccountDeploy];

function template(i) {
  const t = { AWSTemplateFormatVersion: '2010-09-09', Description: '', Parameters: commonParameters({}), Mappings: {},
    Conditions: commonConditions({}), Resources: {}, Outputs: {} };
  const kinds = [KINDS[i % KINDS.length]].concat(chance(0.35) ? [pick(KINDS)] : []);
  kinds.forEach((k, n) => {
    const before = Object.keys(t.Resources);
    const part = { ...t, Resources: {} };
    k(part, i);
    Object.assign(t.Parameters, part.Parameters);
    Object.assign(t.Mappings, part.Mappings);
    Object.assign(t.Conditions, part.Conditions);
    Object.assign(t.Outputs, part.Outputs);
    if (!t.Description) t.Description = part.Description;
    for (const [id, r] of Object.entries(part.Resources)) {
      t.Resources[before.includes(id) ? id + (n + 1) : id] = r;
    }
  });
  if (Object.keys(t.Mappings).length === 0) delete t.Mappings;
  if (Object.keys(t.Outputs).length === 0) delete t.Outputs;
  return t;
}

// ---- writers ------------------------------------------------------------------------------------

function toJson(v) {
  if (v && v.fn) return { [v.fn]: toJson(v.arg) };
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toJson(x)]));
  return v;
}

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./*-]*$/;
const RESERVED = /^(true|false|yes|no|on|off|null|y|n|~)$/i;
function yamlScalar(v) {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string' && v.includes('\n')) return null; // written as a block scalar
  return PLAIN.test(v) && !RESERVED.test(v) ? v : JSON.stringify(v);
}

/** YAML lines for value v under a key or dash that ends at column `indent`; short: tags, else long forms. */
function yaml(v, indent, short) {
  const pad = ' '.repeat(indent);
  if (v && v.fn && short) {
    const tag = '!' + (v.fn.startsWith('Fn::') ? v.fn.slice(4) : v.fn);
    const arg = v.fn === 'Fn::GetAtt' && !v.arg.some((x) => typeof x !== 'string') ? v.arg.join('.') : v.arg;
    const inline = typeof arg === 'object' ? null : yamlScalar(arg);
    if (inline !== null) return { inline: tag + ' ' + inline };
    const body = yaml(arg, indent, short);
    return body.inline !== undefined ? { inline: tag + ' ' + body.inline } : { inline: tag, lines: body.lines };
  }
  if (v && v.fn) return yaml({ [v.fn]: v.arg }, indent, short);
  if (Array.isArray(v)) {
    if (v.length === 0) return { inline: '[]' };
    const lines = [];
    for (const item of v) {
      const y = yaml(item, indent + 2, short);
      if (y.inline !== undefined && !y.lines) lines.push(pad + '- ' + y.inline);
      else if (y.inline !== undefined) lines.push(pad + '- ' + y.inline, ...y.lines);
      else lines.push(pad + '- ' + y.lines[0].slice(indent + 2), ...y.lines.slice(1));
    }
    return { lines };
  }
  if (v && typeof v === 'object') {
    const entries = Object.entries(v);
    if (entries.length === 0) return { inline: '{}' };
    const lines = [];
    for (const [k, x] of entries) {
      const key = pad + (PLAIN.test(k) || /^[A-Za-z][A-Za-z0-9:.\/_-]*$/.test(k) ? k : JSON.stringify(k)) + ':';
      if (typeof x === 'string' && x.includes('\n')) {
        lines.push(key + ' |', ...x.replace(/\n$/, '').split('\n').map((l) => pad + '  ' + l));
        continue;
      }
      const y = yaml(x, indent + 2, short);
      if (y.inline !== undefined && !y.lines) lines.push(key + ' ' + y.inline);
      else if (y.inline !== undefined) lines.push(key + ' ' + y.inline, ...y.lines);
      else lines.push(key, ...y.lines);
    }
    return { lines };
  }
  return { inline: yamlScalar(v) };
}

fs.mkdirSync(out, { recursive: true });
let bytes = 0;
const formats = { 'yaml-tags': 0, 'yaml-long': 0, json: 0 };
for (let i = 0; i < count; i++) {
  const t = template(i);
  const r = random();
  const format = r < 0.45 ? 'yaml-tags' : r < 0.65 ? 'yaml-long' : 'json';
  formats[format]++;
  const name = `stack-${String(i).padStart(4, '0')}` + (format === 'json' ? '.json' : '.yaml');
  const text = format === 'json' ? JSON.stringify(toJson(t), null, 2) + '\n'
    : yaml(t, 0, format === 'yaml-tags').lines.join('\n') + '\n';
  fs.writeFileSync(path.join(out, name), text);
  bytes += Buffer.byteLength(text);
}
console.log(`${count} CloudFormation templates (${formats['yaml-tags']} YAML with tags, ${formats['yaml-long']} YAML long form, `
  + `${formats.json} JSON), ${(bytes / 1e6).toFixed(2)} MB -> ${out}`);
