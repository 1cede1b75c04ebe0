package io.ccmlint.core.iam;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.iam.ConditionOperator.Family;
import org.junit.jupiter.api.Test;

class ConditionOperatorTest {
    @Test
    void readsQualifierBaseAndIfExists() {
        ConditionOperator op = ConditionOperator.parse("ForAllValues:StringLikeIfExists").orElseThrow();
        assertThat(op.qualifier()).isEqualTo("ForAllValues");
        assertThat(op.base()).isEqualTo("StringLike");
        assertThat(op.ifExists()).isTrue();
        assertThat(op.family()).isEqualTo(Family.STRING);
        assertThat(op.withoutQualifier()).isEqualTo("StringLikeIfExists");
        assertThat(op).hasToString("ForAllValues:StringLikeIfExists");
    }

    @Test
    void knowsEveryFamilyOfThePage() {
        assertThat(ConditionOperator.parse("NumericLessThanEquals").orElseThrow().family()).isEqualTo(Family.NUMERIC);
        assertThat(ConditionOperator.parse("DateGreaterThan").orElseThrow().family()).isEqualTo(Family.DATE);
        assertThat(ConditionOperator.parse("Bool").orElseThrow().family()).isEqualTo(Family.BOOL);
        assertThat(ConditionOperator.parse("BinaryEquals").orElseThrow().family()).isEqualTo(Family.BINARY);
        assertThat(ConditionOperator.parse("NotIpAddress").orElseThrow().family()).isEqualTo(Family.IP_ADDRESS);
        assertThat(ConditionOperator.parse("ArnNotLike").orElseThrow().family()).isEqualTo(Family.ARN);
        assertThat(ConditionOperator.parse("Null").orElseThrow().family()).isEqualTo(Family.NULL);
    }

    @Test
    void caseDoesNotMatterButTheSpellingReturnedIsAws() {
        ConditionOperator op = ConditionOperator.parse("foranyvalue:stringequalsignorecase").orElseThrow();
        assertThat(op).hasToString("ForAnyValue:StringEqualsIgnoreCase");
        assertThat(op.ifExists()).isFalse();
    }

    @Test
    void negatedOperatorsAreThoseWithNot() {
        assertThat(ConditionOperator.parse("StringNotEquals").orElseThrow().negated()).isTrue();
        assertThat(ConditionOperator.parse("NotIpAddress").orElseThrow().negated()).isTrue();
        assertThat(ConditionOperator.parse("ArnNotLike").orElseThrow().negated()).isTrue();
        assertThat(ConditionOperator.parse("StringEquals").orElseThrow().negated()).isFalse();
        assertThat(ConditionOperator.parse("Null").orElseThrow().negated()).isFalse();
    }

    @Test
    void namesNothingForTyposAndUnknownQualifiers() {
        assertThat(ConditionOperator.parse("StringEqual")).isEmpty();
        assertThat(ConditionOperator.parse("ForSomeValues:StringEquals")).isEmpty();
        assertThat(ConditionOperator.parse("IfExists")).isEmpty();
        assertThat(ConditionOperator.parse("")).isEmpty();
        assertThat(ConditionOperator.parse(null)).isEmpty();
    }
}
