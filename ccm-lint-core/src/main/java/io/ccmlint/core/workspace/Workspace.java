package io.ccmlint.core.workspace;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.connector.HarnessConnector;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.role.Role;
import java.util.List;

/**
 * Everything a run knows, across files: the parsed files, the files that failed, and the models.
 * Built once per run after all files are parsed, then only read (so rules may run in parallel).
 * Cross-file questions are answered here, never by re-parsing.
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
    private final List<HarnessConnector> connectors;
    private final List<io.ccmlint.core.hcl.HclFile> terraformFiles;
    private final io.ccmlint.core.model.k8s.K8sModel kubernetes;

    public Workspace(LintConfig config, List<ParsedFile> files, List<ParseFailure> parseFailures,
                     List<PolicyDocument> policies, List<Role> roles, List<HarnessConnector> connectors,
                     List<io.ccmlint.core.hcl.HclFile> terraformFiles,
                     java.util.Map<HarnessConnector, List<Role>> rolesByConnector, io.ccmlint.core.model.k8s.K8sModel kubernetes,
                     io.ccmlint.core.model.harness.HarnessModel harness, RoleArnMentions roleArns) {
        this(config, files, parseFailures, policies, roles, connectors, terraformFiles, rolesByConnector, kubernetes,
                harness, roleArns, null);
    }

    private Workspace(LintConfig config, List<ParsedFile> files, List<ParseFailure> parseFailures,
                      List<PolicyDocument> policies, List<Role> roles, List<HarnessConnector> connectors,
                      List<io.ccmlint.core.hcl.HclFile> terraformFiles,
                      java.util.Map<HarnessConnector, List<Role>> rolesByConnector, io.ccmlint.core.model.k8s.K8sModel kubernetes,
                      io.ccmlint.core.model.harness.HarnessModel harness, RoleArnMentions roleArns, Workspace whole) {
        this.whole = whole;
        this.roleArns = roleArns;
        this.harness = harness == null ? io.ccmlint.core.model.harness.HarnessModel.empty() : harness;
        this.terraformFiles = List.copyOf(terraformFiles);
        this.rolesByConnector = new java.util.IdentityHashMap<>(rolesByConnector);
        this.kubernetes = kubernetes == null ? io.ccmlint.core.model.k8s.K8sModel.empty() : kubernetes;
        this.config = config;
        this.files = List.copyOf(files);
        this.parseFailures = List.copyOf(parseFailures);
        this.policies = List.copyOf(policies);
        java.util.Map<Boolean, List<PolicyDocument>> split = this.policies.stream()
                .collect(java.util.stream.Collectors.partitioningBy(PolicyDocument::isTrustPolicy));
        this.trustPolicies = List.copyOf(split.get(true));
        this.permissionPolicies = List.copyOf(split.get(false));
        this.roles = List.copyOf(roles);
        this.connectors = List.copyOf(connectors);
    }

    private final java.util.Map<HarnessConnector, List<Role>> rolesByConnector;
    private final io.ccmlint.core.model.harness.HarnessModel harness;
    private final RoleArnMentions roleArns;
    /** For a one-file workspace: the run's workspace, which answers cross-file questions; else null. */
    private final Workspace whole;

    /**
     * A workspace of one file that the run's workspace does not keep: its parsed documents, parse
     * failures and policies, and nothing else of its own (no roles, connectors, Terraform,
     * Kubernetes or Harness models: such a file has none). Rules run on it exactly as on the run's
     * workspace and see only this file's models; {@link #derived} and {@link #roleArns()} answer
     * from {@code whole}, so what a rule knows across files is the same.
     */
    public static Workspace alone(Workspace whole, List<ParsedFile> files, List<ParseFailure> parseFailures,
                                  List<PolicyDocument> policies) {
        return new Workspace(whole.config, files, parseFailures, policies, List.of(), List.of(), List.of(),
                java.util.Map.of(), null, null, whole.roleArns, whole);
    }

    /** The same workspace with more parse failures (of the files checked on their own), for the run's result. */
    public Workspace withParseFailures(List<ParseFailure> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ParseFailure> all = new java.util.ArrayList<>(parseFailures);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(ParseFailure::span));
        return new Workspace(config, files, all, policies, roles, connectors, terraformFiles, rolesByConnector,
                kubernetes, harness, roleArns, whole);
    }

    /** The role ARNs every file of the run writes literally (read files and files checked on their own alike). */
    public RoleArnMentions roleArns() {
        return roleArns;
    }

    /** Harness pipeline, trigger and connector YAML (the YAML connectors are also in {@link #connectors()}). */
    public io.ccmlint.core.model.harness.HarnessModel harness() {
        return harness;
    }

    /** The roles of the workspace a connector uses (empty when its role is not defined here). */
    public List<Role> rolesOf(HarnessConnector connector) {
        return rolesByConnector.getOrDefault(connector, List.of());
    }

    /** Kubernetes objects (with their pod specs, bindings, secrets) and kubeconfigs, resolved across files. */
    public io.ccmlint.core.model.k8s.K8sModel kubernetes() {
        return kubernetes;
    }

    /** Every Terraform file ({@code .tf} and {@code .tf.json}) as a block model, in path order. */
    public List<io.ccmlint.core.hcl.HclFile> terraformFiles() {
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

    /**
     * Everything that decides what a role may do: its policies plus the documents of the AWS
     * managed policies attached to it (bundled, offline). Managed ARNs AWS does not have are left
     * out; {@link Role#unresolvedPolicies()} says what could not be read.
     */
    public List<PolicyDocument> effectivePolicies(Role role) {
        List<PolicyDocument> all = new java.util.ArrayList<>(role.policies());
        for (var arn : role.managedPolicyArns()) {
            io.ccmlint.core.aws.ManagedPolicies.get().byArn(arn.known()).ifPresent(all::add);
        }
        return all;
    }

    public LintConfig config() {
        return config;
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

    /** Roles a Harness AWS connector uses. */
    public List<Role> connectorRoles() {
        return roles.stream().filter(Role::usedByConnector).toList();
    }
}
