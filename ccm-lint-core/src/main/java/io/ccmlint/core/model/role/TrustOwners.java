package io.ccmlint.core.model.role;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which role a trust policy belongs to, the one answer every rule uses: the role whose assume-role
 * policy it is (a Terraform {@code aws_iam_role}: its AWS name, null when that name is unknown);
 * else, for a policy file of its own, the role the file is named after ({@code Deployer.json} for
 * role Deployer, as Harness's GitOps guide keeps them). A trust written in Terraform that no role owns belongs to
 * no role. A trust a tool writes without text (eksctl's) is its role's {@link ServiceAccountTrust}.
 * Built once per run ({@link Workspace#derived}).
 */
public final class TrustOwners {
    private final Map<PolicyDocument, List<Role>> ownersByTrust = new IdentityHashMap<>();
    private final Map<String, List<PolicyDocument>> trustsByRoleName = new HashMap<>();
    private final Map<String, List<ServiceAccountTrust>> generatedByRoleName = new HashMap<>();

    private TrustOwners(Workspace ws) {
        for (Role r : ws.roles()) {
            if (r.serviceAccountTrust() != null && r.awsName() != null) {
                generatedByRoleName.computeIfAbsent(r.awsName(), k -> new ArrayList<>()).add(r.serviceAccountTrust());
            }
            if (r.trustPolicy() != null) {
                ownersByTrust.computeIfAbsent(r.trustPolicy(), k -> new ArrayList<>()).add(r);
                if (r.awsName() != null) {
                    add(r.awsName(), r.trustPolicy());
                }
            }
        }
        for (PolicyDocument p : ws.trustPolicies()) {
            if (!ownersByTrust.containsKey(p)) {
                String stem = standaloneStem(p.file());
                if (stem != null) {
                    add(stem, p);
                }
            }
        }
        trustsByRoleName.replaceAll((k, v) -> Collections.unmodifiableList(v));
        generatedByRoleName.replaceAll((k, v) -> Collections.unmodifiableList(v));
    }

    private void add(String roleName, PolicyDocument trust) {
        List<PolicyDocument> list = trustsByRoleName.computeIfAbsent(roleName, k -> new ArrayList<>());
        if (list.stream().noneMatch(p -> p == trust)) {
            list.add(trust);
        }
    }

    /** The run's index (a one-file workspace asks the whole run's). */
    public static TrustOwners of(Workspace ws) {
        return ws.derived(TrustOwners.class, TrustOwners::new);
    }

    /** The AWS names of the roles {@code trust} belongs to (usually one; none when unknown). */
    public List<String> roleNamesOf(PolicyDocument trust) {
        List<Role> owners = ownersByTrust.get(trust);
        if (owners != null) {
            return owners.stream().map(Role::awsName).filter(n -> n != null).distinct().toList();
        }
        String stem = standaloneStem(trust.file());
        return stem == null ? List.of() : List.of(stem);
    }

    /** The AWS name of the one role {@code trust} belongs to, else null (none known, or several). */
    public String roleNameOf(PolicyDocument trust) {
        List<String> names = roleNamesOf(trust);
        return names.size() == 1 ? names.get(0) : null;
    }

    /** The trust policies of role {@code roleName}: its Terraform role's, and a file named after it. */
    public List<PolicyDocument> trustsOf(String roleName) {
        return trustsByRoleName.getOrDefault(roleName, List.of());
    }

    /**
     * The trusts a tool generates for role {@code roleName} where the workspace holds no trust
     * policy text (eksctl's role for an IAM service account or a pod identity association).
     */
    public List<ServiceAccountTrust> serviceAccountTrustsOf(String roleName) {
        return generatedByRoleName.getOrDefault(roleName, List.of());
    }

    /**
     * The name of a policy file without its extension ({@code Deployer.json} → {@code Deployer},
     * {@code app.v2.yaml} → {@code app.v2}): the role (or role prefix) a file of its own is named after.
     */
    public static String fileStem(SourceFile file) {
        String n = file.path().getFileName().toString();
        if (KindDetector.formatOf(n) == KindDetector.Format.TERRAFORM_JSON) {
            n = n.substring(0, n.length() - ".json".length());
        }
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    /** {@link #fileStem} of a JSON or YAML file, null for a Terraform file (which holds many roles). */
    private static String standaloneStem(SourceFile file) {
        KindDetector.Format f = KindDetector.formatOf(file.path().getFileName().toString());
        return f == KindDetector.Format.JSON || f == KindDetector.Format.YAML ? fileStem(file) : null;
    }
}
