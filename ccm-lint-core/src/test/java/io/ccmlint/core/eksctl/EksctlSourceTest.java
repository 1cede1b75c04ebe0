package io.ccmlint.core.eksctl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.model.k8s.KubernetesSource;
import io.ccmlint.core.model.k8s.ServiceAccountRole;
import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.model.role.ServiceAccountTrust;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseLimits;
import io.ccmlint.core.tree.YamlTreeReader;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.workspace.KindDetector;
import io.ccmlint.core.workspace.ParsedFile;
import io.ccmlint.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What eksctl's ClusterConfig gives the workspace: its roles, their policies and trust, and the service accounts' roles. */
class EksctlSourceTest {
    static ParsedFile parse(String path, String text) throws Exception {
        SourceFile f = SourceFile.of(Path.of("/ws").resolve(path), path, text);
        List<ParsedFile.Document> docs = new ArrayList<>();
        for (Node root : new YamlTreeReader(ParseLimits.DEFAULT).readAll(f)) {
            docs.add(new ParsedFile.Document(KindDetector.detectYaml(path, root), root));
        }
        return new ParsedFile(f, docs);
    }

    /** The workspace of the files, read by the eksctl source, with the Kubernetes model built. */
    static Workspace workspace(ParsedFile... files) {
        Workspace.Builder ws = Workspace.builder(LintConfig.defaults(Path.of("/ws")));
        for (ParsedFile f : files) {
            Workspace.Builder one = Workspace.builder(ws.config()).file(f);
            new EksctlSource().read(f, one);
            ws.include(one);
        }
        new KubernetesSource().complete(ws, null);
        return ws.build();
    }

    private static Role role(Workspace ws, String name) {
        return ws.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not in " + ws.roles().stream().map(Role::name).toList()));
    }

    private static List<String> known(List<Scalar> values) {
        return values.stream().map(Scalar::display).toList();
    }

    @Test
    void serviceAccountRolesHaveTheirPoliciesAndAGeneratedTrust() throws Exception {
        Workspace ws = workspace(parse("eks/cluster.yaml", """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata:
                  name: cluster-13
                  region: us-west-2
                iam:
                  withOIDC: true
                  serviceAccounts:
                  - metadata:
                      name: s3-reader
                      namespace: backend-apps
                    roleName: s3-reader-role
                    attachPolicyARNs:
                    - "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"
                    - "arn:aws:iam::111122223333:policy/custom"
                    wellKnownPolicies:
                      imageBuilder: true
                      autoScaler: true
                      externalDNS: false
                    attachPolicy:
                      Version: "2012-10-17"
                      Statement:
                      - Effect: Allow
                        Action: ["sqs:SendMessage"]
                        Resource: "*"
                  - metadata:
                      name: loki
                      namespace: logging
                    subjectPattern: "loki-*"
                    attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
                    permissionsBoundary: arn:aws:iam::123456789012:policy/boundary
                  - metadata:
                      name: some-app
                    attachRoleARN: arn:aws:iam::123456789012:role/already-created
                """));
        Role r = role(ws, "eksctl/cluster-13/serviceaccount/backend-apps/s3-reader");
        assertThat(r.awsName()).isEqualTo("s3-reader-role");
        assertThat(r.trustPolicy()).isNull();
        assertThat(known(r.managedPolicyArns())).containsExactly("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess",
                "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPowerUser");
        // the well-known policy is located at the flag that asks for it
        assertThat(r.managedPolicyArns().get(1).span().text()).isEqualTo("imageBuilder");
        assertThat(known(r.unresolvedPolicies())).containsExactly("arn:aws:iam::111122223333:policy/custom", "autoScaler");
        assertThat(r.policies()).hasSize(1);
        assertThat(ws.permissionPolicies()).containsExactly(r.policies().get(0));
        assertThat(r.policies().get(0).statements().get(0).actions().values().get(0).span().text()).isEqualTo("\"sqs:SendMessage\"");

        ServiceAccountTrust t = r.serviceAccountTrust();
        assertThat(t.subject()).isEqualTo("system:serviceaccount:backend-apps:s3-reader");
        assertThat(t.admitsWebIdentity("backend-apps", "s3-reader")).isTrue();
        assertThat(t.admitsWebIdentity("default", "s3-reader")).isFalse();
        assertThat(t.span().text()).isEqualTo("s3-reader");

        Role loki = role(ws, "eksctl/cluster-13/serviceaccount/logging/loki");
        assertThat(loki.awsName()).isNull(); // CloudFormation names it
        assertThat(loki.permissionsBoundary().known()).isEqualTo("arn:aws:iam::123456789012:policy/boundary");
        assertThat(r.permissionsBoundary()).isNull();
        assertThat(loki.serviceAccountTrust().admitsWebIdentity("logging", "loki-compactor")).isTrue();
        assertThat(loki.serviceAccountTrust().admitsWebIdentity("logging", "promtail")).isFalse();

        // attachRoleARN: eksctl creates no role, but annotates default/some-app with that one
        assertThat(ws.roles()).hasSize(2);
        ServiceAccountRole someApp = ws.kubernetes().irsaRole("default", "some-app");
        assertThat(someApp.roleName()).isEqualTo("already-created");
        assertThat(someApp.manifest()).isNull();
        assertThat(ws.kubernetes().irsaRole("backend-apps", "s3-reader").roleName()).isEqualTo("s3-reader-role");
        assertThat(ws.kubernetes().irsaRole("backend-apps", "other")).isNull();
        assertThat(ws.eksctlClusters()).singleElement().satisfies(c -> {
            assertThat(c.withOidcEnabled()).isTrue();
            assertThat(c.serviceAccounts()).hasSize(3);
        });
    }

    @Test
    void podIdentityRolesTrustThePodsServiceAndAreNoIrsaRoles() throws Exception {
        Workspace ws = workspace(parse("eks/pia.yaml", """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: {name: cluster-39, region: cn-north-1}
                iam:
                  podIdentityAssociations:
                  - namespace: dev
                    serviceAccountName: app-cache-access
                    roleName: pod-identity-role-app-cache
                    permissionPolicyARNs: ["arn:aws-cn:iam::aws:policy/AmazonElastiCacheFullAccess"]
                    wellKnownPolicies: {ebsCSIController: true}
                  - namespace: default
                    serviceAccountName: s3-reader
                    roleARN: arn:aws:iam::111122223333:role/role-1
                """));
        Role r = role(ws, "eksctl/cluster-39/podidentity/dev/app-cache-access");
        assertThat(r.awsName()).isEqualTo("pod-identity-role-app-cache");
        assertThat(known(r.managedPolicyArns())).containsExactly("arn:aws-cn:iam::aws:policy/AmazonElastiCacheFullAccess",
                "arn:aws-cn:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy");
        assertThat(r.serviceAccountTrust().via()).isEqualTo(ServiceAccountRole.Via.POD_IDENTITY);
        assertThat(r.serviceAccountTrust().admitsWebIdentity("dev", "app-cache-access")).isFalse();
        assertThat(ws.kubernetes().irsaRole("dev", "app-cache-access")).isNull();
        assertThat(ws.kubernetes().assuming(r)).singleElement()
                .satisfies(sa -> assertThat(sa.serviceAccount()).isEqualTo("dev/app-cache-access"));
        assertThat(ws.kubernetes().serviceAccountRoles()).extracting(ServiceAccountRole::roleName)
                .containsExactly("pod-identity-role-app-cache", "role-1");
    }

    @Test
    void nodeGroupsWithPoliciesOfTheirOwnGetEksctlsDefaultsAsEksctlAddsThem() throws Exception {
        Workspace ws = workspace(parse("eks/ng.yaml", """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: {name: c, region: us-east-1}
                nodeGroups:
                  - name: ng-inline
                    iam:
                      attachPolicy:
                        Version: "2012-10-17"
                        Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "arn:aws:s3:::b/*"}]
                  - name: ng-arns
                    iam:
                      instanceRoleName: ng-arns-role
                      attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"]
                      withAddonPolicies: {cloudWatch: true, xRay: true}
                  - name: ng-existing
                    iam:
                      instanceRoleARN: arn:aws:iam::123456789012:role/nodes
                      attachPolicyARNs: ["arn:aws:iam::aws:policy/AdministratorAccess"]
                  - name: ng-default
                managedNodeGroups:
                  - name: mng
                    iam:
                      attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"]
                """));
        assertThat(ws.roles()).extracting(Role::name).containsExactly("eksctl/c/nodegroup/ng-inline",
                "eksctl/c/nodegroup/ng-arns", "eksctl/c/nodegroup/mng");
        assertThat(known(role(ws, "eksctl/c/nodegroup/ng-inline").managedPolicyArns())).containsExactly(
                "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
                "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
                "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly");
        Role arns = role(ws, "eksctl/c/nodegroup/ng-arns");
        assertThat(arns.awsName()).isEqualTo("ng-arns-role");
        assertThat(known(arns.managedPolicyArns())).containsExactly("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
                "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryPullOnly",
                "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy");
        assertThat(known(arns.unresolvedPolicies())).containsExactly("xRay");
        assertThat(arns.serviceAccountTrust()).isNull();
        assertThat(known(role(ws, "eksctl/c/nodegroup/mng").managedPolicyArns()))
                .containsExactly("arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy");
    }

    @Test
    void wrongTypesEverywhereAreReadAsAbsentOrUnreadableNeverAnException() throws Exception {
        ParsedFile f = parse("eks/wrong.yaml", """
                apiVersion: eksctl.io/v1alpha5
                kind: ClusterConfig
                metadata: [cluster-x]
                iam:
                  withOIDC: "true"
                  serviceAccounts:
                  - "s3-reader"
                  - metadata: "s3-reader"
                  - metadata: {name: [a], namespace: x}
                  - metadata: {name: ok, namespace: 7}
                  - metadata: {name: typed, namespace: apps}
                    attachPolicyARNs: "arn:aws:iam::aws:policy/AdministratorAccess"
                    attachPolicy: "{}"
                    wellKnownPolicies: [imageBuilder]
                    roleName: {name: x}
                    roleOnly: "yes please"
                    attachRoleARN: 12
                  - metadata: {name: items, namespace: apps}
                    attachPolicyARNs: [{arn: x}, 5, null, "arn:aws:iam::aws:policy/ReadOnlyAccess"]
                    attachPolicy: {Statement: "nope"}
                  podIdentityAssociations: {namespace: dev}
                nodeGroups: "ng-1"
                managedNodeGroups:
                  - iam: [attachPolicyARNs]
                  - name: {x: 1}
                    iam: {attachPolicyARNs: 3, instanceRoleARN: [x]}
                """);
        assertThatCode(() -> workspace(f)).doesNotThrowAnyException();
        Workspace ws = workspace(f);
        ClusterConfig c = ws.eksctlClusters().get(0);
        assertThat(c.name()).isNull();
        assertThat(c.withOidcEnabled()).isNull(); // a string: eksctl rejects it; not "disabled"
        assertThat(c.serviceAccounts()).extracting(sa -> sa.name().known()).containsExactly("typed", "items");
        Role typed = role(ws, "eksctl/?/serviceaccount/apps/typed");
        assertThat(typed.managedPolicyArns()).isEmpty();
        assertThat(typed.unresolvedPolicies()).hasSize(3).allMatch(Scalar::isUnknown);
        assertThat(typed.awsName()).isNull();
        Role items = role(ws, "eksctl/?/serviceaccount/apps/items");
        assertThat(known(items.managedPolicyArns())).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(items.unresolvedPolicies()).hasSize(3); // the map, the number and the null: no ARN
        assertThat(items.policies()).singleElement().satisfies(p -> assertThat(p.statements()).isEmpty());
        assertThat(c.podIdentityAssociations()).isEmpty();
        assertThat(c.nodeGroups()).hasSize(1);
        assertThat(ws.roles()).hasSize(2); // a node group asks for no policy of its own that can be read: eksctl's default role
    }
}
