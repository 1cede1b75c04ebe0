package io.ccmlint.rules.iam;

import io.ccmlint.core.model.policy.Located;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role ARNs the workspace shows, for the CCM104/CCM105 fixes: only ARNs written literally
 * somewhere, never one put together from a guessed account.
 */
final class WorkspaceRoles {
    private static final String ARN = "arn:aws(?:-[a-z]+)*:iam::\\d{12}:role/[\\w+=,.@/-]+";
    /** ECS task definitions (JSON, YAML, Terraform) naming the roles ECS is given. */
    private static final Pattern PASSED = Pattern.compile(
            "\"?(?:executionRoleArn|taskRoleArn|execution_role_arn|task_role_arn)\"?\\s*[:=]\\s*\"?(" + ARN + ")");
    private static final Pattern ANY_ROLE_ARN = Pattern.compile(ARN);

    private WorkspaceRoles() {
    }

    /**
     * The role ARNs the workspace passes to a service: those of ECS task definitions, and those of
     * roles whose trust policy file (named after the role) trusts {@code ecs-tasks.amazonaws.com}.
     */
    static List<String> passedRoles(Workspace ws) {
        return index(ws).passed;
    }

    private static List<String> computePassedRoles(Workspace ws, Index index) {
        Set<String> out = new TreeSet<>(index.passedInText);
        for (PolicyDocument trust : ws.policies()) {
            if (!trust.isTrustPolicy() || trust.file().path() == null) {
                continue;
            }
            boolean ecsTasks = trust.statements().stream().filter(Statement::isAllow)
                    .filter(s -> s.principal() != null && !s.principal().negated())
                    .flatMap(s -> s.principal().of("Service").stream())
                    .anyMatch(v -> v.value().equals("ecs-tasks.amazonaws.com"));
            if (ecsTasks) {
                out.addAll(index.arnsOf(roleNameOfTrustFile(trust)));
            }
        }
        return List.copyOf(out);
    }

    /**
     * The ARNs of the roles whose trust policy file (named after the role, as seed 003 keeps them:
     * {@code Deployer.json}) lets {@code principalName} assume them.
     */
    static List<String> rolesTrusting(Workspace ws, String principalName) {
        return index(ws).rolesTrusting.computeIfAbsent(principalName.toLowerCase(Locale.ROOT),
                k -> computeRolesTrusting(ws, index(ws), principalName));
    }

    private static List<String> computeRolesTrusting(Workspace ws, Index index, String principalName) {
        Set<String> out = new TreeSet<>();
        for (PolicyDocument trust : ws.policies()) {
            if (!trust.isTrustPolicy() || trust.file().path() == null) {
                continue;
            }
            boolean names = trust.statements().stream().filter(Statement::isAllow)
                    .filter(s -> s.principal() != null && !s.principal().negated())
                    .flatMap(s -> s.principal().of("AWS").stream())
                    .map(Located::value)
                    .anyMatch(v -> !IamPolicies.unknown(v) && principalName.equalsIgnoreCase(roleName(v)));
            if (names) {
                out.addAll(index.arnsOf(roleNameOfTrustFile(trust)));
            }
        }
        return List.copyOf(out);
    }

    /** The role names a permission policy file may belong to: ArgoCD for {@code argocd-assume-role.json}. */
    static boolean fileBelongsTo(PolicyDocument p, String roleName) {
        if (p.file().path() == null || roleName == null) {
            return false;
        }
        String stem = stem(p).toLowerCase(Locale.ROOT);
        String r = roleName.toLowerCase(Locale.ROOT);
        return stem.equals(r) || (stem.startsWith(r) && "-_.".indexOf(stem.charAt(r.length())) >= 0);
    }

    /** Every role name some trust policy names as an AWS principal. */
    static Set<String> trustedRoleNames(Workspace ws) {
        return index(ws).trustedRoleNames;
    }

    private static Set<String> computeTrustedRoleNames(Workspace ws) {
        Set<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (PolicyDocument trust : ws.policies()) {
            if (trust.isTrustPolicy()) {
                for (Statement s : trust.statements()) {
                    if (s.principal() != null) {
                        for (Located<String> v : s.principal().of("AWS")) {
                            String n = IamPolicies.unknown(v.value()) ? null : roleName(v.value());
                            if (n != null) {
                                out.add(n);
                            }
                        }
                    }
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }

    /** The name of the role in a role ARN ({@code arn:aws:iam::1:role/path/Name} → Name), or null. */
    static String roleName(String arn) {
        int at = arn.indexOf(":role/");
        return arn.startsWith("arn:") && at > 0 ? arn.substring(arn.lastIndexOf('/') + 1) : null;
    }

    private static String roleNameOfTrustFile(PolicyDocument trust) {
        return stem(trust);
    }

    private static String stem(PolicyDocument p) {
        String n = p.file().path().getFileName().toString();
        int dot = n.indexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    /** Every file the workspace read: JSON and YAML, and Terraform. */
    private static Set<SourceFile> sources(Workspace ws) {
        Set<SourceFile> out = new java.util.LinkedHashSet<>();
        for (ParsedFile f : ws.files()) {
            out.add(f.file());
        }
        for (var tf : ws.terraformFiles()) {
            out.add(tf.source());
        }
        return out;
    }

    private static Index index(Workspace ws) {
        return ws.derived(Index.class, Index::new);
    }

    /**
     * What these helpers need from the whole workspace, computed once per run (they are asked once
     * per finding: scanning every file's text each time made a run over 1,600 policies take 10 s).
     */
    private static final class Index {
        /** Role ARNs of ECS task definitions. */
        final Set<String> passedInText = new TreeSet<>();
        /** Role name → the distinct literal ARNs of that role written anywhere in the workspace. */
        final java.util.Map<String, Set<String>> arnsByRoleName = new java.util.HashMap<>();
        final List<String> passed;
        final Set<String> trustedRoleNames;
        final java.util.concurrent.ConcurrentHashMap<String, List<String>> rolesTrusting = new java.util.concurrent.ConcurrentHashMap<>();

        Index(Workspace ws) {
            for (SourceFile f : sources(ws)) {
                String text = f.text();
                if (text.indexOf(":role/") < 0) {
                    continue; // neither pattern can match
                }
                if (text.contains("RoleArn") || text.contains("role_arn")) { // PASSED names one of these keys
                    Matcher m = PASSED.matcher(text);
                    while (m.find()) {
                        passedInText.add(m.group(1));
                    }
                }
                // the same matches as ANY_ROLE_ARN.find(), tried only where an ARN can start
                Matcher m = ANY_ROLE_ARN.matcher(text);
                for (int at = text.indexOf("arn:aws"); at >= 0; at = text.indexOf("arn:aws", at)) {
                    m.region(at, text.length());
                    if (m.lookingAt()) {
                        String arn = m.group();
                        arnsByRoleName.computeIfAbsent(roleName(arn), k -> new TreeSet<>()).add(arn);
                        at = m.end();
                    } else {
                        at++;
                    }
                }
            }
            passed = computePassedRoles(ws, this);
            trustedRoleNames = computeTrustedRoleNames(ws);
        }

        /** The distinct literal ARNs of role {@code name} written anywhere in the workspace. */
        Set<String> arnsOf(String name) {
            return arnsByRoleName.getOrDefault(name, Set.of());
        }
    }
}
