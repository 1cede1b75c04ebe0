package io.ccmlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.rule.Declarations;
import io.ccmlint.core.rule.Rule;
import io.ccmlint.core.rule.RuleInfo;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The index the compiler wrote for this jar (RuleIndexProcessor) names every rule, and each
 * declaration read from it is the one its annotation makes.
 */
class RuleIndexCoverageTest {
    @Test
    void everyRuleIsReadFromTheIndexAsItsAnnotationDeclaresIt() {
        int rules = 0;
        for (Rule rule : ServiceLoader.load(Rule.class, getClass().getClassLoader())) {
            Class<?> type = rule.getClass();
            RuleInfo indexed = Declarations.info(type);
            RuleInfo declared = type.getAnnotation(RuleInfo.class);
            assertThat(Proxy.isProxyClass(indexed.getClass())).as(type + " is in the index").isFalse();
            assertThat(indexed.id()).isEqualTo(declared.id());
            assertThat(indexed.slug()).isEqualTo(declared.slug());
            assertThat(indexed.title()).isEqualTo(declared.title());
            assertThat(indexed.severity()).isEqualTo(declared.severity());
            assertThat(indexed.fix()).containsExactly(declared.fix());
            assertThat(indexed.reportsOn()).containsExactly(declared.reportsOn());
            assertThat(Arrays.stream(indexed.sources()).map(s -> s.title() + " " + s.url()))
                    .containsExactlyElementsOf(Arrays.stream(declared.sources()).map(s -> s.title() + " " + s.url()).toList());
            assertThat(rule.metadata().id()).isEqualTo(declared.id());
            rules++;
        }
        assertThat(rules).isGreaterThanOrEqualTo(64);
    }
}
