package io.ccmlint.core.aws.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.aws.catalog.ConditionKeys.Support;
import io.ccmlint.core.iam.ConditionOperator.Family;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionKeysTest {
    /** A catalog in the generator's format, small enough to say what each answer rests on. */
    private static final IamCatalog DEMO = IamCatalog.index(String.join("\n",
            "#ccm-lint-iam-catalog 1", "source\tx@1", "dataDate\t2026-01-02",
            "G\taws:SourceIp\tIPAddress",
            "G\taws:PrincipalTag/${TagKey}\tString",
            "G\taws:TagKeys\tArrayOfString",
            "G\taws:EpochTime\tDate",
            "G\taws:OldKey\t",
            "M\tdemo:Actions",
            "S\tdemo\tDemo",
            "K\tdemo:Prefix\tString",
            "K\tdemo:Actions\tString",
            "K\tdemo:ResourceTag/tag-key\tString",
            "K\tdemo:Unmapped\tNumeric",
            "K\tdemo:Attr/${Name}\tBool",
            "R\tthing\tarn:${Partition}:demo:::thing/${Name}\t2",
            "A\tListThings\tL\t\t0,1",
            "A\tGetThing\tR\t0!\t4",
            "A\tOnlyManaged\t\t\t",
            "S\tother\tOther",
            "K\tother:Flag\tBool",
            "A\tDoIt\tW\t\t0",
            "S\told\told\tlegacy", ""));
    private final ConditionKeys demo = ConditionKeys.of(DEMO);

    @Test
    void globalKeysWithTheirTypesAndTagKeyTemplates() {
        assertThat(demo.global("AWS:sourceip")).map(ConditionKeys.KeyType::families).hasValue(java.util.Set.of(Family.IP_ADDRESS));
        assertThat(demo.global("aws:PrincipalTag/team")).map(ConditionKeys.KeyType::singleValued).hasValue(true);
        assertThat(demo.global("aws:PrincipalTag/cost-center/a:b")).isPresent();
        assertThat(demo.global("aws:PrincipalTag")).as("a tag key is required").isEmpty();
        assertThat(demo.global("aws:TagKeys")).map(ConditionKeys.KeyType::multiValued).hasValue(true);
        assertThat(demo.global("aws:SourceIpp")).isEmpty();
        assertThat(demo.global("aws:OldKey")).as("used by AWS, type unknown").map(ConditionKeys.KeyType::families)
                .hasValue(java.util.Set.of());
    }

    @Test
    void epochTimeWorksWithDateAndNumericOperatorsAsAwsDocuments() {
        assertThat(demo.type("aws:EpochTime").orElseThrow().families()).containsExactlyInAnyOrder(Family.DATE, Family.NUMERIC);
    }

    @Test
    void typesOfServiceKeysMatchTemplatesIgnoringCase() {
        assertThat(demo.type("DEMO:prefix").orElseThrow().types()).containsExactly("String");
        assertThat(demo.type("demo:Attr/size").orElseThrow().families()).containsExactly(Family.BOOL);
        assertThat(demo.type("demo:ResourceTag/team").orElseThrow().singleValued()).isTrue();
        assertThat(demo.type("demo:Nothing")).isEmpty();
    }

    @Test
    void aKeyAwsTestsWithForAllValuesIsMultivalued() {
        ConditionKeys.KeyType t = demo.type("demo:actions").orElseThrow();
        assertThat(t.multiValued()).isTrue();
        assertThat(t.singleValued()).isFalse();
        assertThat(t.families()).containsExactly(Family.STRING);
    }

    @Test
    void keysOutsideAwsNamespacesHaveNoType() {
        assertThat(demo.awsNamespace("saml:sub")).isFalse();
        assertThat(demo.type("saml:sub")).isEmpty();
        assertThat(demo.type("accounts.google.com:aud")).isEmpty();
        assertThat(demo.awsNamespace("aws:SourceIp")).isTrue();
        assertThat(demo.awsNamespace("nokey")).isFalse();
    }

    @Test
    void anActionSupportsItsOwnKeysAndThoseOfItsResourceTypes() {
        IamAction list = DEMO.action("demo:ListThings").orElseThrow();
        IamAction get = DEMO.action("demo:GetThing").orElseThrow();
        assertThat(demo.actionSupports(list, "demo:Prefix")).isTrue();
        assertThat(demo.actionSupports(get, "demo:Prefix")).isFalse();
        assertThat(demo.actionSupports(get, "demo:attr/color")).as("its own template").isTrue();
        assertThat(demo.actionSupports(get, "demo:ResourceTag/team")).as("its resource type's, written tag-key").isTrue();
        assertThat(demo.actionSupports(list, "aws:SourceIp")).as("global keys are asked of global()").isFalse();
    }

    @Test
    void supportOfAStatementsActions() {
        assertThat(demo.support("demo:Prefix", List.of("demo:GetThing"))).isEqualTo(Support.UNSUPPORTED);
        assertThat(demo.support("demo:Prefix", List.of("demo:GetThing", "demo:ListThings"))).isEqualTo(Support.SUPPORTED);
        assertThat(demo.support("demo:Prefix", List.of("demo:List*"))).as("a wildcard counts what it matches")
                .isEqualTo(Support.SUPPORTED);
        assertThat(demo.support("demo:Prefix", List.of("demo:Get*"))).isEqualTo(Support.UNSUPPORTED);
        assertThat(demo.support("other:Flag", List.of("demo:*"))).isEqualTo(Support.UNSUPPORTED);
        assertThat(demo.support("aws:SourceIp", List.of("demo:GetThing"))).isEqualTo(Support.SUPPORTED);
        assertThat(demo.support("aws:NoSuchKey", List.of("demo:GetThing"))).isEqualTo(Support.UNSUPPORTED);
        assertThat(demo.support("nokey", List.of("demo:GetThing"))).isEqualTo(Support.UNSUPPORTED);
    }

    @Test
    void everyServiceOrNoneAnyDefinedKeyCounts() {
        assertThat(demo.support("other:Flag", List.of("*"))).isEqualTo(Support.SUPPORTED);
        assertThat(demo.support("other:Flag", List.of("*:Do*"))).isEqualTo(Support.SUPPORTED);
        assertThat(demo.support("other:Nothing", List.of("*"))).isEqualTo(Support.UNSUPPORTED);
    }

    @Test
    void whatTheCatalogCannotTellIsUnknown() {
        assertThat(demo.support("demo:Prefix", List.of("demo:NoSuchAction"))).isEqualTo(Support.UNKNOWN);
        assertThat(demo.support("demo:Prefix", List.of("nosuch:GetThing"))).isEqualTo(Support.UNKNOWN);
        assertThat(demo.support("demo:Prefix", List.of("old:Anything"))).as("a legacy prefix").isEqualTo(Support.UNKNOWN);
        assertThat(demo.support("demo:Prefix", List.of("demo:OnlyManaged"))).as("known by name only").isEqualTo(Support.UNKNOWN);
        assertThat(demo.support("demo:Prefix", List.of("GetThing"))).as("not service:Action").isEqualTo(Support.UNKNOWN);
        assertThat(demo.support("saml:sub", List.of("demo:GetThing"))).isEqualTo(Support.UNKNOWN);
        assertThat(demo.support("demo:Unmapped", List.of("demo:GetThing"))).as("the reference lists it for no action")
                .isEqualTo(Support.UNKNOWN);
    }

    @Test
    void templatesStandForNonEmptyTextOnly() {
        assertThat(demo.names("aws:ResourceTag/${TagKey}", "AWS:resourcetag/a/b:c")).isTrue();
        assertThat(demo.names("aws:ResourceTag/${TagKey}", "aws:ResourceTag/")).isFalse();
        assertThat(demo.names("s3:ExistingObjectTag/<key>", "s3:ExistingObjectTag/team")).isTrue();
        assertThat(demo.names("kms:EncryptionContext:${EncryptionContextKey}", "kms:EncryptionContext:aws:pi")).isTrue();
        assertThat(demo.names("events:Metadata/${MetadataKey}/Matcher", "events:Metadata/x/Other")).isFalse();
        assertThat(demo.names("s3:prefix", "S3:Prefix")).isTrue();
    }

    @Test
    void theBundledCatalogKnowsGlobalAndServiceKeys() {
        ConditionKeys keys = ConditionKeys.get();
        IamCatalog catalog = IamCatalog.get();
        assertThat(catalog.globalConditionKeys()).containsKeys("aws:SourceIp", "aws:CurrentTime", "aws:SecureTransport",
                "aws:PrincipalTag/${TagKey}", "aws:TagKeys", "aws:SourceVpce", "aws:PrincipalOrgPaths", "ec2:SourceInstanceArn");
        assertThat(keys.global("aws:SourceIp").orElseThrow().types()).containsExactly("IPAddress");
        assertThat(keys.global("aws:CurrentTime").orElseThrow().types()).containsExactly("Date");
        assertThat(keys.global("aws:SecureTransport").orElseThrow().types()).containsExactly("Bool");
        assertThat(keys.global("aws:PrincipalOrgPaths").orElseThrow().multiValued()).isTrue();
        assertThat(keys.global("aws:SourceVpce").orElseThrow().singleValued()).isTrue();
        assertThat(keys.support("s3:prefix", List.of("s3:ListBucket"))).isEqualTo(Support.SUPPORTED);
        assertThat(keys.support("s3:prefix", List.of("s3:GetObject"))).isEqualTo(Support.UNSUPPORTED);
        assertThat(keys.support("ec2:ResourceTag/env", List.of("ec2:TerminateInstances"))).isEqualTo(Support.SUPPORTED);
        assertThat(keys.support("secretsmanager:ResourceTag/team", List.of("secretsmanager:GetSecretValue")))
                .isEqualTo(Support.SUPPORTED);
        // identitystore:UserId is String in Identity Store and ArrayOfString in Amazon Q: not single-valued
        assertThat(keys.type("identitystore:UserId").orElseThrow().singleValued()).isFalse();
    }
}
