package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.error;
import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** semver/semverCompare on Masterminds/semver v3's rules; the random functions are fixed. */
class SprigSemverAndRandomTest {
    @Test
    void semverCompare() {
        assertThat(render("{{ semverCompare \">=1.21-0\" \"v1.30.2-eks-1552ad0\" }} {{ semverCompare \">=1.21\" \"v1.30.2-eks-1\" }} {{ semverCompare \"^1.2.3\" \"1.9.0\" }} {{ semverCompare \"^1.2.3\" \"2.0.0\" }}"))
                .isEqualTo("true false true false");
        assertThat(render("{{ semverCompare \"~1.2\" \"1.2.9\" }} {{ semverCompare \"~1.2\" \"1.3.0\" }} {{ semverCompare \">1.2\" \"1.2.5\" }} {{ semverCompare \"<1.0 || >=3.0\" \"3.1.0\" }} {{ semverCompare \"1.1 - 1.3\" \"1.2.0\" }}"))
                .isEqualTo("true false false true true");
        assertThat(render("{{ (semver \"v1.2.3-rc.1+b\").Major }} {{ (semver \"1.2\").Minor }} {{ (semver \"1.2.3-rc.1\").Prerelease }}"))
                .isEqualTo("1 2 rc.1");
        assertThat(error("{{ semverCompare \">=1\" \"not-a-version\" }}")).isEqualTo("error calling semverCompare: invalid semantic version");
    }

    @Test
    void randomFunctionsAreFixedAndKeepTheirShape() {
        String once = render("{{ randAlphaNum 16 }} {{ uuidv4 }} {{ randNumeric 4 }}");
        assertThat(render("{{ randAlphaNum 16 }} {{ uuidv4 }} {{ randNumeric 4 }}")).isEqualTo(once);
        assertThat(once).matches("[A-Za-z0-9]{16} [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} [0-9]{4}");
        assertThat(render("{{ $ca := genCA \"ca\" 365 }}{{ $ca.Cert | b64enc | b64dec | hasPrefix \"-----BEGIN CERTIFICATE-----\" }}")).isEqualTo("true");
    }
}
