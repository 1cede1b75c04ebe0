package io.ccmlint.core.workspace;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.eksctl.ClusterConfig;
import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.harness.HarnessModel;
import io.ccmlint.core.model.k8s.K8sModel;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a run knows, across files: the parsed files, the files that failed, and the models.
 * Built once per run after all files are parsed ({@link Builder}, which each {@link WorkspaceSource}
 * adds its models to), then only read (so rules may run in parallel). Cross-file questions are
 * answered here, never by re-parsing.
 *
 * <p>A file that adds nothing to what other files are checked against (a permission policy in a
 * {@code .json} file of its own) is not kept: it is checked on its own in a {@linkplain #alone
 * one-file workspace} that answers cross-file questions ({@link #derived}, {@link #roleArns()})
 * from the whole run's workspace.
 */
public final class Workspace {
    private final LintConfig config;
    private final List<ParsedFile> files;
    private final List<ParseFailure> parseFailures;
    private final List<PolicyDocument> policies;
    /** The split, decided once: rules ask for it per statement, and a trust test walks every action. */
    private final List<PolicyDocument> trustPolicies;
    private final List<PolicyDocument> permissionPolicies;
    private final List<Role> roles;
    private final List<io.ccmlint.core.model.principal.IamPrincipal> usersAndGroups;
    private final List<HarnessConnector> connectors;
    private final Map<HarnessConnector, List<Role>> rolesByConnector;
    private final List<HclFile> terraformFiles;
    private final K8sModel kubernetes;
    private final HarnessModel harness;
    private final List<ClusterConfig> eksctlClusters;
    private final List<io.ccmlint.core.model.helm.HelmRelease> helmReleases;
    private final RoleArnMentions roleArns;
    /** For a one-file workspace: the run's workspace, which answers cross-file questions; else null. */
    private final Workspace whole;
    private final ConditionalRegions conditional;
    private final Map<io.ccmlint.core.source.SourceFile, Relocation> relocations;
    private final List<String> notes;
    private final List<io.ccmlint.core.terraform.ModuleCalls.Call> moduleCalls;
    private final List<io.ccmlint.core.source.SourceFile> relocationTargets;
    /** The workspace at a pull request's base, built on first request; null when none was given. */
    private final Base base;
    /**
     * A one-file workspace's listener for cross-file questions (see {@link #alone(Workspace, Builder,
     * Runnable)}): every answer it gives from {@code whole} must call it, or the language server replays stale findings.
     */
    private Runnable askedWhole = () -> { };

    private Workspace(Builder b, RoleArnMentions roleArns, Workspace whole) {
        this.config = b.config;
        this.files = List.copyOf(b.files);
        this.parseFailures = List.copyOf(b.parseFailures);
        this.policies = List.copyOf(b.policies);
        Map<Boolean, List<PolicyDocument>> split = this.policies.stream()
                .collect(java.util.stream.Collectors.partitioningBy(PolicyDocument::isTrustPolicy));
        this.trustPolicies = List.copyOf(split.get(true));
        this.permissionPolicies = List.copyOf(split.get(false));
        this.roles = List.copyOf(b.roles.roles());
        this.usersAndGroups = List.copyOf(b.usersAndGroups);
        this.connectors = List.copyOf(b.connectors);
        this.rolesByConnector = new IdentityHashMap<>(b.rolesByConnector);
        List<HclFile> tf = new ArrayList<>(b.terraformFiles);
        tf.sort(Comparator.comparing(f -> f.source().displayPath()));
        this.terraformFiles = List.copyOf(tf);
        this.kubernetes = b.kubernetes;
        this.harness = b.harness;
        this.eksctlClusters = List.copyOf(b.eksctlClusters);
        this.helmReleases = List.copyOf(b.helmReleases);
        this.roleArns = roleArns;
        this.whole = whole;
        this.conditional = new ConditionalRegions(b.conditional);
        this.relocations = new IdentityHashMap<>(b.relocations);
        this.notes = List.copyOf(b.notes);
        this.moduleCalls = b.moduleCalls;
        this.relocationTargets = List.copyOf(b.relocationTargets);
        this.base = b.base;
    }

    /** A builder of a workspace, or of one file's part of it (see {@link WorkspaceSource}). */
    public static Builder builder(LintConfig config) {
        return new Builder(config);
    }

    /**
     * A workspace of one file that the run's workspace does not keep (a permission policy in a
     * {@code .json} file of its own): the models its sources read from it ({@link
     * WorkspaceSource#read}), no Kubernetes or Harness model. Rules run on it exactly as on the
     * run's workspace and see only this file's models; {@link #derived} and {@link #roleArns()}
     * answer from {@code whole}, so what a rule knows across files is the same.
     */
    public static Workspace alone(Workspace whole, Builder oneFile) {
        return new Workspace(oneFile, whole.roleArns, whole);
    }

    /**
     * {@link #alone(Workspace, Builder)}, calling {@code askedWhole} whenever a rule asks it a
     * cross-file question ({@link #derived}, {@link #roleArns()}): a rule that never does found
     * what it found from this file alone (the language server replays it while the file is unchanged).
     */
    public static Workspace alone(Workspace whole, Builder oneFile, Runnable askedWhole) {
        Workspace one = alone(whole, oneFile);
        one.askedWhole = askedWhole;
        return one;
    }

    /** The same workspace with more parse failures (of the files checked on their own), for the run's result. */
    public Workspace withParseFailures(List<ParseFailure> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ParseFailure> all = new ArrayList<>(parseFailures);
        all.addAll(more);
        all.sort(Comparator.comparing(ParseFailure::span));
        return new Workspace(this, all);
    }

    private Workspace(Workspace w, List<ParseFailure> parseFailures) {
        this.config = w.config;
        this.files = w.files;
        this.parseFailures = List.copyOf(parseFailures);
        this.policies = w.policies;
        this.trustPolicies = w.trustPolicies;
        this.permissionPolicies = w.permissionPolicies;
        this.roles = w.roles;
        this.usersAndGroups = w.usersAndGroups;
        this.connectors = w.connectors;
        this.rolesByConnector = w.rolesByConnector;
        this.terraformFiles = w.terraformFiles;
        this.kubernetes = w.kubernetes;
        this.harness = w.harness;
        this.eksctlClusters = w.eksctlClusters;
        this.helmReleases = w.helmReleases;
        this.roleArns = w.roleArns;
        this.whole = w.whole;
        this.conditional = w.conditional;
        this.relocations = w.relocations;
        this.notes = w.notes;
        this.moduleCalls = w.moduleCalls;
        this.relocationTargets = w.relocationTargets;
        this.base = w.base;
    }

    /**
     * When text at {@code span} takes effect only in some deployments (a branch of a CloudFormation
     * {@code Fn::If}, a resource with a {@code Condition}): those deployments, for a finding's
     * message ({@code "UseOidc is true"}); null when always.
     */
    public String onlyWhen(Span span) {
        return conditional.at(span);
    }

    /**
     * How findings on {@code file} are reported when it is one the user does not edit (a module
     * {@code terraform init} downloaded, a Helm chart's rendered output); null for a file the user
     * edits.
     */
    public Relocation relocation(io.ccmlint.core.source.SourceFile file) {
        return relocations.get(file);
    }

    /**
     * Files findings are relocated into that are none of {@link #files()} (a chart's values files and
     * templates): their suppression comments apply as any file's.
     */
    public List<io.ccmlint.core.source.SourceFile> relocationTargets() {
        return relocationTargets;
    }

    /**
     * What the run could not do and the user can change, for the report's summary
     * ({@code "2 Terraform module calls not followed: ... run `terraform init`"}).
     */
    public List<String> notes() {
        return notes;
    }

    /**
     * The Terraform {@code module} calls of this workspace's files, each with the variables of the
     * module it calls when known (none in a one-file workspace: it holds no Terraform file).
     */
    public List<io.ccmlint.core.terraform.ModuleCalls.Call> terraformModuleCalls() {
        return moduleCalls;
    }

    /** The role ARNs every file of the run writes literally (read files and files checked on their own alike). */
    public RoleArnMentions roleArns() {
        if (whole != null) {
            askedWhole.run();
        }
        return roleArns;
    }

    /** Harness pipeline, trigger and connector YAML (the YAML connectors are also in {@link #connectors()}). */
    public HarnessModel harness() {
        return harness;
    }

    /** eksctl {@code ClusterConfig} documents, in path order. */
    public List<ClusterConfig> eksctlClusters() {
        return eksctlClusters;
    }

    /** The Helm releases rendered, in chart order (their manifests are among {@link #files()}). */
    public List<io.ccmlint.core.model.helm.HelmRelease> helmReleases() {
        return helmReleases;
    }

    /** The roles of the workspace a connector uses (empty when its role is not defined here). */
    public List<Role> rolesOf(HarnessConnector connector) {
        return rolesByConnector.getOrDefault(connector, List.of());
    }

    /** Kubernetes objects (with their pod specs, bindings, secrets) and kubeconfigs, resolved across files. */
    public K8sModel kubernetes() {
        return kubernetes;
    }

    /** Every Terraform file ({@code .tf} and {@code .tf.json}) as a block model, in path order. */
    public List<HclFile> terraformFiles() {
        return terraformFiles;
    }

    /**
     * Top-level Terraform blocks of a type, e.g. {@code provider} or {@code terraform} (whose
     * {@code required_providers} block rules read), for what has no model of its own.
     */
    public List<io.ccmlint.core.hcl.HclBlock> terraformBlocks(String type) {
        return terraformFiles.stream().flatMap(f -> f.body().blocks(type).stream()).toList();
    }

    /** Harness AWS and CCM connectors, from Terraform and from connector YAML (settings by Terraform attribute path). */
    public List<HarnessConnector> connectors() {
        return connectors;
    }

    public LintConfig config() {
        return config;
    }

    /**
     * The workspace of the same paths at a pull request's base ({@code --changed-since}: the merge
     * base of the reference and HEAD, read from git's objects): the files as they were then, read,
     * parsed and modelled as this run's (same configuration, limits, exclusions, Terraform module
     * resolution), with no rule run on it and nothing reported from it (a file that fails to parse
     * there is one of its {@link #parseFailures()}). A file and its version at the base share a path
     * ({@link io.ccmlint.core.source.SourceFile#path()}). Built once, on the first request, whichever
     * rule makes it; a one-file workspace answers with the run's. Empty when the run was given no
     * base ({@link io.ccmlint.core.engine.LinterOptions.Builder#baseFiles}); the base workspace has
     * no base of its own.
     */
    public java.util.Optional<Workspace> base() {
        if (whole != null) {
            askedWhole.run();
            return whole.base();
        }
        return base == null ? java.util.Optional.empty() : java.util.Optional.of(base.get());
    }

    /**
     * Whether {@code file} changed since the base of {@link #base()} (added, modified, committed or
     * not, or untracked): the files {@code --changed-since} reports on, where a finding about a
     * difference from the base is located. False when the run has no base.
     */
    public boolean changedSinceBase(io.ccmlint.core.source.SourceFile file) {
        if (whole != null) {
            return whole.changedSinceBase(file);
        }
        return base != null && base.changed.contains(file.path().toAbsolutePath().normalize());
    }

    /** A base workspace, built once by whichever thread asks first (a failure is kept and rethrown too). */
    private static final class Base {
        private final java.util.function.Supplier<Workspace> build;
        private final java.util.Set<java.nio.file.Path> changed;
        private Workspace built;
        private RuntimeException failed;

        Base(java.util.function.Supplier<Workspace> build, java.util.Set<java.nio.file.Path> changed) {
            this.build = build;
            this.changed = changed;
        }

        synchronized Workspace get() {
            if (built == null && failed == null) {
                try {
                    built = java.util.Objects.requireNonNull(build.get());
                } catch (RuntimeException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
            return built;
        }
    }

    private final java.util.concurrent.ConcurrentHashMap<Object, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A value computed from the whole workspace once per run, then shared by every rule and every
     * finding that asks for it with the same {@code key} (an index of role ARNs, say, rather than a
     * scan of every file per finding). A one-file workspace asks the run's workspace, so the value
     * always covers the whole run: {@code compute} is given the run's workspace, and must read that
     * one only (never a one-file workspace it was asked from). It must be a pure function of it; it
     * may run more than once when two threads ask at the same time, one result is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Function<Workspace, T> compute) {
        if (whole != null) {
            askedWhole.run();
            return whole.derived(key, compute);
        }
        Object v = derived.get(key);
        if (v == null) {
            v = compute.apply(this); // not computeIfAbsent: compute may itself ask for other derived values
            Object prev = derived.putIfAbsent(key, v);
            if (prev != null) {
                v = prev;
            }
        }
        return (T) v;
    }

    /** Parsed files in path order. */
    public List<ParsedFile> files() {
        return files;
    }

    public List<ParseFailure> parseFailures() {
        return parseFailures;
    }

    /** Every IAM policy (permission and trust), from every origin, in path order. */
    public List<PolicyDocument> policies() {
        return policies;
    }

    /** Permission policies: not trust policies. */
    public List<PolicyDocument> permissionPolicies() {
        return permissionPolicies;
    }

    /** Trust policies: a statement with a principal allows an sts:AssumeRole* action. */
    public List<PolicyDocument> trustPolicies() {
        return trustPolicies;
    }

    public List<Role> roles() {
        return roles;
    }

    /**
     * The IAM users and groups the sources read (Terraform, CloudFormation), each with every policy
     * that applies to it (a user's groups' too). {@link #principals()} lists them after the roles.
     */
    public List<io.ccmlint.core.model.principal.IamPrincipal> usersAndGroups() {
        return usersAndGroups;
    }

    /**
     * Every role, user and group of this workspace with all its policies
     * ({@link io.ccmlint.core.model.principal.Principals}); none for a one-file workspace, which
     * holds no principal of its own (as it holds no role).
     */
    public List<io.ccmlint.core.model.principal.IamPrincipal> principals() {
        return whole != null ? List.of() : io.ccmlint.core.model.principal.Principals.of(this);
    }

    /** Roles a Harness AWS connector uses. */
    public List<Role> connectorRoles() {
        return roles.stream().filter(Role::usedByConnector).toList();
    }

    /**
     * What a workspace is built from. The engine adds what it read (parsed files, Terraform files,
     * parse failures, role ARNs); {@linkplain WorkspaceSource sources} add models and read back what
     * is there so far. Order is kept: models are listed in the order they were added.
     */
    public static final class Builder {
        private final LintConfig config;
        private final List<ParsedFile> files = new ArrayList<>();
        private final List<ParseFailure> parseFailures = new ArrayList<>();
        private final List<PolicyDocument> policies = new ArrayList<>();
        private final RoleMarks roles = new RoleMarks();
        private final List<io.ccmlint.core.model.principal.IamPrincipal> usersAndGroups = new ArrayList<>();
        private final List<HarnessConnector> connectors = new ArrayList<>();
        // sized small (the default holds a table of 64 slots): a workspace is built for each file
        // checked on its own, and most have neither
        private final Map<HarnessConnector, List<Role>> rolesByConnector = new IdentityHashMap<>(4);
        private final List<HclFile> terraformFiles = new ArrayList<>();
        private K8sModel kubernetes = K8sModel.empty();
        private HarnessModel harness = HarnessModel.empty();
        private final List<ClusterConfig> eksctlClusters = new ArrayList<>();
        private final List<io.ccmlint.core.model.helm.HelmRelease> helmReleases = new ArrayList<>();
        private final List<ServiceAccountRole> serviceAccountRoles = new ArrayList<>();
        private RoleArnMentions roleArns = RoleArnMentions.merge(List.of());
        private final List<ConditionalRegions.Region> conditional = new ArrayList<>();
        private final Map<io.ccmlint.core.source.SourceFile, Relocation> relocations = new IdentityHashMap<>(4);
        private final List<String> notes = new ArrayList<>();
        private List<io.ccmlint.core.terraform.ModuleCalls.Call> moduleCalls = List.of();
        private final List<io.ccmlint.core.source.SourceFile> relocationTargets = new ArrayList<>();
        private Base base;

        private Builder(LintConfig config) {
            this.config = config;
        }

        public LintConfig config() {
            return config;
        }

        /** A parsed JSON or YAML file (its documents of known kinds). */
        public Builder file(ParsedFile file) {
            files.add(file);
            return this;
        }

        public Builder parseFailure(ParseFailure failure) {
            parseFailures.add(failure);
            return this;
        }

        /** A {@code .tf} or {@code .tf.json} file as a block model; {@link Workspace#terraformFiles()} lists them in path order. */
        public Builder terraformFile(HclFile file) {
            terraformFiles.add(file);
            return this;
        }

        public Builder policy(PolicyDocument policy) {
            policies.add(policy);
            return this;
        }

        /** The roles so far: add one with {@link RoleMarks#add}, mark those a connector uses. */
        public RoleMarks roles() {
            return roles;
        }

        /**
         * An IAM user or group with all its policies (a role goes through {@link #roles()}, which
         * connectors mark).
         */
        public Builder userOrGroup(io.ccmlint.core.model.principal.IamPrincipal principal) {
            if (principal.kind() == io.ccmlint.core.model.principal.PrincipalKind.ROLE) {
                throw new IllegalArgumentException("a role is added through roles(): " + principal.address());
            }
            usersAndGroups.add(principal);
            return this;
        }

        /** A Harness connector and the roles of the workspace it uses (marked through {@link #roles()}). */
        public Builder connector(HarnessConnector connector, List<Role> uses) {
            connectors.add(connector);
            rolesByConnector.put(connector, uses);
            return this;
        }

        public Builder kubernetes(K8sModel model) {
            kubernetes = model;
            return this;
        }

        /** A Helm release rendered (its manifests are added as {@linkplain #file files}). */
        public Builder helmRelease(io.ccmlint.core.model.helm.HelmRelease release) {
            helmReleases.add(release);
            return this;
        }

        /** An eksctl {@code ClusterConfig} document. */
        public Builder eksctl(ClusterConfig cluster) {
            eksctlClusters.add(cluster);
            return this;
        }

        /**
         * A service account that a tool other than a Kubernetes manifest gives an AWS role (eksctl);
         * the Kubernetes model ({@link #kubernetes}) is built with them.
         */
        public Builder serviceAccountRole(ServiceAccountRole binding) {
            serviceAccountRoles.add(binding);
            return this;
        }

        /** The service accounts other tools give a role so far, in the order added (path order). */
        public List<ServiceAccountRole> serviceAccountRoles() {
            return java.util.Collections.unmodifiableList(serviceAccountRoles);
        }

        public Builder harness(HarnessModel model) {
            harness = model;
            return this;
        }

        /** Says that what is written at {@code region} takes effect only {@code when} (see {@link Workspace#onlyWhen}). */
        public Builder onlyWhen(Span region, String when) {
            conditional.add(new ConditionalRegions.Region(region, when));
            return this;
        }

        /** A file findings may be relocated into that is none of the parsed files (see {@link Workspace#relocationTargets}). */
        public Builder relocationTarget(io.ccmlint.core.source.SourceFile file) {
            relocationTargets.add(file);
            return this;
        }

        /** Findings in {@code file}, which the user does not edit, are reported as {@code how} says (the first one given wins). */
        public Builder relocate(io.ccmlint.core.source.SourceFile file, Relocation how) {
            relocations.putIfAbsent(file, how);
            return this;
        }

        /** The run's Terraform module calls (see {@link Workspace#terraformModuleCalls}). */
        public Builder terraformModuleCalls(List<io.ccmlint.core.terraform.ModuleCalls.Call> calls) {
            moduleCalls = List.copyOf(calls);
            return this;
        }

        /** A note for the report's summary (see {@link Workspace#notes}). */
        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /**
         * The engine's: how to build {@link Workspace#base()} when first asked, and the files changed
         * since that base (absolute, normalized paths).
         */
        public Builder base(java.util.function.Supplier<Workspace> build, java.util.Set<java.nio.file.Path> changed) {
            base = new Base(build, java.util.Set.copyOf(changed));
            return this;
        }

        /** The role ARNs every file of the run mentions (the files checked on their own too). */
        public Builder roleArns(RoleArnMentions mentions) {
            roleArns = mentions;
            return this;
        }

        /**
         * Adds what one file's builder holds (its parsed file, failures, Terraform file, models)
         * after what is here: the engine adds the files' builders in path order.
         */
        public Builder include(Builder oneFile) {
            files.addAll(oneFile.files);
            parseFailures.addAll(oneFile.parseFailures);
            terraformFiles.addAll(oneFile.terraformFiles);
            policies.addAll(oneFile.policies);
            conditional.addAll(oneFile.conditional);
            oneFile.roles.roles().forEach(roles::add);
            usersAndGroups.addAll(oneFile.usersAndGroups);
            oneFile.connectors.forEach(c -> connector(c, oneFile.rolesByConnector.get(c)));
            eksctlClusters.addAll(oneFile.eksctlClusters);
            serviceAccountRoles.addAll(oneFile.serviceAccountRoles);
            return this;
        }

        /** Parsed files so far, in the order added (path order). */
        public List<ParsedFile> files() {
            return java.util.Collections.unmodifiableList(files);
        }

        public List<ParseFailure> parseFailures() {
            return java.util.Collections.unmodifiableList(parseFailures);
        }

        /** Terraform files so far, in the order added (path order). */
        public List<HclFile> terraformFiles() {
            return java.util.Collections.unmodifiableList(terraformFiles);
        }

        /** Policies so far, in the order added. */
        public List<PolicyDocument> policies() {
            return java.util.Collections.unmodifiableList(policies);
        }

        public Workspace build() {
            return new Workspace(this, roleArns, null);
        }
    }
}
