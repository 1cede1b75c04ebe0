package io.ccmlint.rules.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.aws.catalog.IamAction;
import io.ccmlint.core.aws.catalog.IamCatalog;
import io.ccmlint.core.aws.catalog.ResourceType;
import io.ccmlint.core.config.LintConfig;
import io.ccmlint.core.engine.Linter;
import io.ccmlint.core.engine.RuleRegistry;
import io.ccmlint.core.rule.Finding;
import io.ccmlint.core.rule.RuleContext;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.tree.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CCM116 beyond its examples: where a finding points, and which resources are not judged. */
class ResourceTypeMismatchRuleTest {
    @TempDir
    Path dir;

    private List<Finding> ccm116(String statements) throws Exception {
        Files.writeString(dir.resolve("policy.json"), "{\"Version\": \"2012-10-17\", \"Statement\": [" + statements + "]}");
        Linter linter = new Linter(RuleRegistry.discover(getClass().getClassLoader()), LintConfig.defaults(dir), 1,
                ParseLimits.DEFAULT, dir);
        return linter.lint(List.of(dir)).findings().stream().filter(f -> f.ruleId().equals("CCM116")).toList();
    }

    private static String statement(String actions, String resources) {
        return "{\"Effect\": \"Allow\", \"Action\": " + actions + ", \"Resource\": " + resources + "}";
    }

    @Test
    void oneFindingPerStatementAtItsFirstActionThatGrantsNothing() throws Exception {
        List<Finding> found = ccm116(statement("[\"iam:GetRole\", \"iam:PassRole\", \"iam:GetUser\", \"iam:TagRole\"]",
                "\"arn:aws:iam::123456789012:user/harness\""));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.span().text()).isEqualTo("\"iam:GetRole\"");
            assertThat(f.message()).startsWith("\"iam:GetRole\", \"iam:PassRole\", \"iam:TagRole\" grant nothing here")
                    .contains("iam role (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath})")
                    .doesNotContain("iam:GetUser");
            assertThat(f.related()).extracting(RuleContext.Related::message).containsExactly(
                    "\"iam:PassRole\" grants nothing here either", "\"iam:TagRole\" grants nothing here either",
                    "the statement's resources");
            assertThat(f.related().get(2).span().text()).isEqualTo("\"arn:aws:iam::123456789012:user/harness\"");
        });
    }

    @Test
    void aPatternGrantsNothingOnlyWhenNoneOfItsActionsActsOnTheResources() throws Exception {
        String taskDefinition = "\"arn:aws:ecs:us-east-1:123456789012:task-definition/app:*\"";
        assertThat(ccm116(statement("\"ecs:Update*\"", taskDefinition))).hasSize(1);
        // ecs:Describe* holds ecs:DescribeTaskDefinition, which AWS lets only "*" scope: never reported
        assertThat(ccm116(statement("\"ecs:Describe*\"", taskDefinition))).isEmpty();
        // one of the actions a pattern matches acting on a resource is enough
        assertThat(ccm116(statement("\"ecs:Delete*Definition*\"", taskDefinition))).isEmpty();
        assertThat(ccm116(statement("\"ecs:DeleteD*\"", taskDefinition))).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("\"ecs:DeleteD*\" grants nothing here"));
    }

    @Test
    void anotherServicesRealResourceIsNotJudgedButNoResourceAtAllIs() throws Exception {
        // an S3 object is a real resource: AWS may authorize an action against another service's
        // resources without the reference saying so
        assertThat(ccm116(statement("\"ecr:BatchGetImage\"", "\"arn:aws:s3:::acme-artifacts/*\""))).isEmpty();
        // no S3 resource has a region and an account, no service is called s4, a bucket name is no ARN
        assertThat(ccm116(statement("\"ecr:BatchGetImage\"", "\"arn:aws:s3:us-east-1:123456789012:acme/*\""))).hasSize(1);
        assertThat(ccm116(statement("\"s3:GetObject\"", "\"arn:aws:s4:::acme-artifacts/*\""))).hasSize(1);
        assertThat(ccm116(statement("\"s3:GetObject\"", "\"acme-artifacts/*\""))).hasSize(1);
    }

    @Test
    void onlyAllowWithActionAndResourceIsRead() throws Exception {
        String user = "\"arn:aws:iam::123456789012:user/harness\"";
        assertThat(ccm116("{\"Effect\": \"Deny\", \"Action\": \"iam:PassRole\", \"Resource\": " + user + "}")).isEmpty();
        assertThat(ccm116("{\"Effect\": \"Allow\", \"NotAction\": \"iam:PassRole\", \"Resource\": " + user + "}")).isEmpty();
        assertThat(ccm116(statement("\"iam:PassRole\"", "[" + user + ", \"*\"]"))).isEmpty();
        assertThat(ccm116(statement("\"iam:PassRole\"", "[]"))).isEmpty();
        // an empty or non-text value is CCM002's
        assertThat(ccm116(statement("\"iam:PassRole\"", "\"\""))).isEmpty();
        assertThat(ccm116(statement("\"iam:PassRole\"", "5"))).isEmpty();
        assertThat(ccm116(statement("\"iam:PassRole\"", "[\"\", " + user + "]"))).hasSize(1);
    }

    /** The char scans of {@code namesNothing} agree with the replaceAll and the regular expression they replace. */
    @Test
    void namesNothingAgreesWithTheRegularExpressions() {
        java.util.regex.Pattern token = java.util.regex.Pattern.compile("_*[A-Z][A-Z0-9]*(?:_+[A-Z0-9]+)*_*");
        java.util.function.Predicate<String> slow = k -> !"*".equals(k)
                && (k.replaceAll("[*?/:]", "").isBlank() || token.matcher(k).matches());
        List<String> inputs = new java.util.ArrayList<>(List.of("", "*", "**", "/*", ":*", " ", "\t/\n", "?", "_", "__", "A", "_A_",
                "_S3_BUCKET_ARN_", "S3_BUCKET", "3_BUCKET", "BUCKET__ARN", "Bucket", "arn:aws:s3:::b/*", "ARN:AWS", "A-B",
                "\u2003", "\u00a0", "/ \u2003*", "\u00c9T\u00c9", "${AWS_ACCOUNT_ID}", "A\uD83D\uDE00"));
        String alphabet = "_AZQ09az*?/: \t\n\u2003\u00a0\u00c9-$.{}\uD83D";
        java.util.Random random = new java.util.Random(116);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(b.toString());
        }
        int nothing = 0;
        for (String k : inputs) {
            assertThat(ResourceTypeMismatchRule.namesNothing(k)).as("%s", k).isEqualTo(slow.test(k));
            nothing += slow.test(k) ? 1 : 0;
        }
        assertThat(nothing).as("both answers occur").isBetween(1000, inputs.size() - 1000);
    }

    /**
     * CCM116 asks about each resource type of a pattern once ({@link IamCatalog#resourceTypes});
     * it asked each matched action about its own types. Both answers, on patterns of every service
     * and resources of many services.
     */
    @Test
    void aPatternsResourceTypesAnswerAsItsActionsDid() {
        IamCatalog catalog = IamCatalog.get();
        List<String> patterns = new ArrayList<>(List.of("*", "*:Get*", "*:*Tag*", "s3:*Object", "ec2:StopInstances",
                "ssm:DeregisterManagedInstance", "wafv2:AssociateWebACL", "backup:*"));
        for (String prefix : catalog.prefixes()) {
            patterns.addAll(List.of(prefix + ":*", prefix + ":Delete*"));
        }
        for (String prefix : List.of("s3", "iam", "ecs", "license-manager", "eks", "lambda", "kms", "sqs")) {
            catalog.service(prefix).orElseThrow().actions().forEach(a -> patterns.add(a.fullName()));
        }
        List<String> arns = List.of("arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*", "arn:aws:iam::123456789012:role/r",
                "arn:aws:iam::123456789012:user/u", "arn:aws:ecs:us-east-1:123456789012:task-definition/app:*",
                "arn:aws:ec2:us-east-1:123456789012:instance/*",
                "arn:aws:license-manager:us-east-1:123456789012:license-configuration:lic-1",
                "arn:aws:eks:us-east-1:123456789012:cluster/c", "arn:aws:lambda:us-east-1:123456789012:function:f",
                "arn:aws:kms:*:123456789012:key/*", "arn:aws:sqs:us-east-1:123456789012:q",
                "arn:aws:backup:us-east-1:123456789012:recovery-point:*", "arn:aws:ssm:us-east-1::parameter/x",
                "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/*", "arn:aws:nosuchservice:::thing", "bucket-name");
        List<List<Scalar>> resourceSets = new ArrayList<>();
        for (int i = 0; i < arns.size(); i++) {
            resourceSets.add(List.of(resource(arns.get(i))));
            resourceSets.add(List.of(resource(arns.get(i)), resource(arns.get((i + 5) % arns.size()))));
        }
        int[] outcomes = new int[4];
        for (String pattern : patterns) {
            List<IamAction> matched = catalog.matching(pattern);
            if (matched.isEmpty()) {
                continue;
            }
            for (List<Scalar> values : resourceSets) {
                ResourceTypeMismatchRule.Resources resources = new ResourceTypeMismatchRule.Resources(values);
                boolean actedOn = actedOnByAny(matched, values);
                assertThat(resources.anyCouldBeOfAny(catalog.resourceTypes(pattern))).as("%s on %s", pattern, values)
                        .isEqualTo(actedOn);
                boolean other = ofAnotherService(matched, values, catalog);
                assertThat(resources.anyOfAnotherService(catalog.resourceTypes(pattern), catalog))
                        .as("%s on %s", pattern, values).isEqualTo(other);
                outcomes[(actedOn ? 2 : 0) + (other ? 1 : 0)]++;
            }
        }
        assertThat(java.util.Arrays.stream(outcomes).boxed().toList()).as("each pair of answers").allMatch(n -> n > 100);
    }

    private static Scalar resource(String arn) {
        SourceFile file = SourceFile.of("policy.json", "\"" + arn + "\"");
        return Scalar.known(arn, file.span(0, arn.length() + 2), ScalarStyle.JSON_STRING);
    }

    /** What CCM116 asked before: each matched action, each resource type it uses, each resource. */
    private static boolean actedOnByAny(List<IamAction> matched, List<Scalar> values) {
        for (IamAction a : matched) {
            for (IamAction.ResourceUse u : a.resourceTypes()) {
                for (Scalar r : values) {
                    if (u.type().couldMatch(r)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** What CCM116 asked before: a resource of a service none of the matched actions' types is of, and real. */
    private static boolean ofAnotherService(List<IamAction> matched, List<Scalar> values, IamCatalog catalog) {
        Set<String> services = new HashSet<>();
        for (IamAction a : matched) {
            for (IamAction.ResourceUse u : a.resourceTypes()) {
                if (u.type().anyService()) {
                    return false;
                }
                services.add(u.type().arnService().toLowerCase(Locale.ROOT));
            }
        }
        for (Scalar r : values) {
            String service = ResourceType.serviceOf(r);
            if (service != null && !service.isEmpty() && !services.contains(service.toLowerCase(Locale.ROOT))
                    && catalog.resourceTypesOfArnService(service).stream().anyMatch(t -> t.couldMatch(r))) {
                return true;
            }
        }
        return false;
    }
}
