package io.ccmlint.core.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ResourceType#couldMatch}: can a Resource value as written name a resource of the type? */
class ResourceTypeMatchTest {
    private static final Span SPAN = SourceFile.of("p.json", "\"x\"").span(0, 3);
    private final IamCatalog catalog = IamCatalog.get();

    private ResourceType type(String service, String name) {
        return catalog.service(service).orElseThrow().resourceTypes().stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Scalar known(String text) {
        return Scalar.known(text, SPAN, ScalarStyle.JSON_STRING);
    }

    private static Scalar template(Object... parts) {
        List<Template.Part> ps = java.util.Arrays.stream(parts)
                .map(p -> p instanceof String s ? new Template.Literal(s) : (Template.Part) p).toList();
        return Scalar.partial(new Template(ps), SPAN, ScalarStyle.HCL_EXPRESSION);
    }

    private static Template.Hole hole(String expression) {
        return new Template.Hole(expression, null);
    }

    @Test
    void s3ObjectsNeedAKeyAndNoRegionOrAccount() {
        ResourceType object = type("s3", "object");
        assertThat(object.couldMatch(known("arn:aws:s3:::bucket/*"))).isTrue();
        assertThat(object.couldMatch(known("arn:aws:s3:::bucket/reports/2024.csv"))).isTrue();
        assertThat(object.couldMatch(known("arn:aws:s3:::bucket"))).isFalse();
        assertThat(object.couldMatch(known("arn:aws:s3:::bucket*"))).as("bucket-a/x").isTrue();
        assertThat(object.couldMatch(known("arn:aws:s3:us-east-1::bucket/*"))).isFalse();
        assertThat(object.couldMatch(known("arn:aws:s3::123456789012:bucket/*"))).isFalse();
        assertThat(object.couldMatch(known("arn:aws-cn:s3:::bucket/*"))).isTrue();
        assertThat(object.couldMatch(known("arn:*:s3:::bucket/*"))).isTrue();
        // a bucket name may hold a '/' for all the bucket pattern knows: that distinction is CCM110's
        assertThat(type("s3", "bucket").couldMatch(known("arn:aws:s3:::bucket/*"))).isTrue();
    }

    @Test
    void wildcardsAndStarMatchEverything() {
        ResourceType role = type("iam", "role");
        assertThat(role.couldMatch(known("*"))).isTrue();
        assertThat(role.couldMatch(known("arn:aws:*"))).isTrue();
        assertThat(role.couldMatch(known("arn:aws:iam::123456789012:*"))).isTrue();
        assertThat(role.couldMatch(known("arn:aws:iam::123456789012:r?le/*"))).isTrue();
        assertThat(role.couldMatch(known("arn:aws:iam::*:role/harness/*"))).as("a path").isTrue();
        assertThat(role.couldMatch(known("arn:aws:iam::123456789012:user/alice"))).isFalse();
        assertThat(role.couldMatch(known("arn:aws:iam:us-east-1:123456789012:role/x"))).as("IAM has no region").isFalse();
        assertThat(role.couldMatch(known("arn:aws:iam:::role/x"))).as("a role has an account").isFalse();
        assertThat(role.couldMatch(known("arn:aws:s3:::bucket"))).isFalse();
        assertThat(role.couldMatch(known("harness-role"))).as("not an ARN").isFalse();
    }

    @Test
    void awsOwnedSsmParametersAndDocumentsHaveNoAccount() {
        assertThat(type("ssm", "parameter").couldMatch(known("arn:aws:ssm:us-east-1::parameter/aws/service/eks/*"))).isTrue();
        assertThat(type("ssm", "document").couldMatch(known("arn:aws:ssm:*::document/AWS-RunShellScript"))).isTrue();
        assertThat(type("ssm", "parameter").couldMatch(known("arn:aws:ssm::123456789012:parameter/x"))).as("a region").isFalse();
    }

    @Test
    void awsOwnedAndSeveralSegmentNamesMatch() {
        assertThat(type("iam", "policy").couldMatch(known("arn:aws:iam::aws:policy/service-role/AWSLambdaRole"))).isTrue();
        assertThat(type("logs", "log-group").couldMatch(known("arn:aws:logs:*:*:log-group:/aws/lambda/harness-*"))).isTrue();
        assertThat(type("logs", "log-stream")
                .couldMatch(known("arn:aws:logs:us-east-1:123456789012:log-group:/aws/eks/prod:log-stream:*"))).isTrue();
        assertThat(type("ecr", "repository").couldMatch(known("arn:aws:ecr:us-east-1:123456789012:repository/team/app"))).isTrue();
        assertThat(type("lambda", "function").couldMatch(known("arn:aws:lambda:*:*:function:deploy:*"))).as("qualified").isTrue();
        assertThat(type("redshift", "dbuser").couldMatch(known("arn:aws:redshift:us-west-2:123456789012:dbuser:cluster/user")))
                .isTrue();
    }

    @Test
    void policyVariablesAndUnknownPartsCouldBeAnything() {
        ResourceType object = type("s3", "object");
        assertThat(object.couldMatch(known("arn:aws:s3:::${aws:PrincipalTag/bucket}"))).isTrue();
        assertThat(type("iam", "user").couldMatch(known("arn:aws:iam::123456789012:user/${aws:username}"))).isTrue();
        assertThat(object.couldMatch(template("arn:aws:s3:::", hole("var.bucket")))).isTrue();
        assertThat(object.couldMatch(template(hole("aws_s3_bucket.b.arn")))).isTrue();
        assertThat(type("iam", "role").couldMatch(template("arn:aws:iam::", hole("var.account"), ":role/x"))).isTrue();
        assertThat(type("iam", "role").couldMatch(template("arn:aws:s3:::", hole("var.bucket")))).isFalse();
        // a hole that fills the account field is an account, not "123:role/x"
        assertThat(type("iam", "role").couldMatch(template("arn:aws:iam::", hole("var.account"), ":user/harness"))).isFalse();
        assertThat(type("iam", "role").couldMatch(known("arn:aws:iam::${aws:PrincipalAccount}:user/harness"))).isFalse();
        // one that does not fill a field may hold a whole ARN prefix
        assertThat(type("iam", "role").couldMatch(template(hole("local.prefix"), ":user/harness"))).isTrue();
        assertThat(type("iam", "role").couldMatch(template("arn:aws:iam::", hole("var.account_and_path"), "harness"))).isTrue();
        // a written '*' at the end of a field may reach beyond its colon, as IAM matches it
        assertThat(type("iam", "role").couldMatch(known("arn:aws:iam::*:user/harness"))).isTrue();
    }

    @Test
    void tokensOfThePatternKeepFieldsApart() {
        int[] t = ArnPatterns.patternTokens("arn:${Partition}:s3:::${BucketName}");
        assertThat(t[4]).isEqualTo(io.ccmlint.core.value.Globs.FIELD_ONE);
        assertThat(t[5]).isEqualTo(io.ccmlint.core.value.Globs.FIELD_RUN);
        assertThat(t[t.length - 1]).isEqualTo(io.ccmlint.core.value.Globs.ANY_RUN);
        assertThat(ArnPatterns.serviceField(t)).isEqualTo("s3");
        // a field placeholder is never empty: a queue always has a region
        assertThat(type("sqs", "queue").couldMatch(known("arn:aws:sqs:us-east-1:123456789012:jobs"))).isTrue();
        assertThat(type("sqs", "queue").couldMatch(known("arn:aws:sqs::123456789012:jobs"))).isFalse();
    }

    @Test
    void aPatternMayListAlternatives() {
        ResourceType authorizer = catalog.service("apigateway").orElseThrow().resourceTypes().stream()
                .filter(t -> t.arnPattern().contains(", ") && t.arnPattern().contains("/authorizers/")).findFirst().orElseThrow();
        assertThat(authorizer.couldMatch(known("arn:aws:apigateway:us-east-1::/restapis/a1b2c3/authorizers/x"))).isTrue();
        assertThat(authorizer.couldMatch(known("arn:aws:apigateway:us-east-1::/apis/a1b2c3/authorizers/x"))).isTrue();
        assertThat(authorizer.couldMatch(known("arn:aws:apigateway:::/restapis/a1b2c3/authorizers/x"))).as("no region").isFalse();
        assertThat(authorizer.arnService()).isEqualTo("apigateway");
    }

    @Test
    void theServiceOfAResourceIsKnownWhenWrittenOut() {
        assertThat(ResourceType.serviceOf(known("arn:aws:s3:::bucket/*"))).isEqualTo("s3");
        assertThat(ResourceType.serviceOf(known("arn:aws-us-gov:license-manager:*:*:license-configuration:*")))
                .isEqualTo("license-manager");
        assertThat(ResourceType.serviceOf(known("arn:aws:*:*:*:*"))).isNull();
        assertThat(ResourceType.serviceOf(known("arn:aws:${aws:PrincipalTag/service}:::x"))).isNull();
        assertThat(ResourceType.serviceOf(template("arn:aws:", hole("var.service"), ":::x"))).isNull();
        // a hole filling the partition field is a partition
        assertThat(ResourceType.serviceOf(template("arn:", hole("var.partition"), ":s3:::x"))).isEqualTo("s3");
        assertThat(ResourceType.serviceOf(template("arn:", hole("local.head"), "s3:::x"))).isNull();
        assertThat(ResourceType.serviceOf(known("arn:*:s3:::x"))).as("IAM's * may reach beyond the colon").isNull();
        assertThat(ResourceType.serviceOf(known("*"))).isNull();
        assertThat(ResourceType.serviceOf(known("acme-bucket"))).isEmpty();
        assertThat(ResourceType.serviceOf(known("s3"))).isEmpty();
    }

    @Test
    void resourceTypesAreFoundByTheServiceTheirArnsName() {
        assertThat(catalog.resourceTypesOfArnService("license-manager")).extracting(ResourceType::name)
                .contains("license-configuration");
        assertThat(catalog.resourceTypesOfArnService("S3")).extracting(ResourceType::name).contains("bucket", "object");
        assertThat(catalog.resourceTypesOfArnService("s3")).allMatch(t -> t.arnService().equals("s3"));
        assertThat(catalog.resourceTypesOfArnService("s4")).isEmpty();
    }

    /** arnService's scan is the third field of split(":", 4), when there are four. */
    @Test
    void arnServiceIsTheThirdOfFourFields() {
        List<String> patterns = new java.util.ArrayList<>(List.of("", ":", "::", ":::", "arn", "arn:aws", "arn:aws:s3", "arn:aws:s3:",
                "arn:aws:s3:::b", "arn:${Partition}:${Vendor}:${Region}:${Account}:x", "a:b:c:d:e", "::s3:"));
        for (IamCatalog.Service s : List.of(catalog.service("s3").orElseThrow(), catalog.service("ec2").orElseThrow(),
                catalog.service("backup").orElseThrow())) {
            s.resourceTypes().forEach(t -> patterns.add(t.arnPattern()));
        }
        java.util.Random random = new java.util.Random(116);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(9); i > 0; i--) {
                b.append(":ab".charAt(random.nextInt(3)));
            }
            patterns.add(b.toString());
        }
        int some = 0;
        for (String p : patterns) {
            String[] f = p.split(":", 4);
            String expected = f.length > 3 ? f[2] : "";
            assertThat(ResourceType.arnService(p)).as(p).isEqualTo(expected);
            some += expected.isEmpty() ? 0 : 1;
        }
        assertThat(some).as("patterns with a service field").isGreaterThan(1000);
    }
}
