package io.ccmlint.core.trust;

import static org.assertj.core.api.Assertions.assertThat;

import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.ScalarStyle;
import io.ccmlint.core.value.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

class OidcProviderTest {
    private static final Span SPAN = SourceFile.of("trust.tf", "x").wholeFile();
    private static final String EKS = "oidc.eks.us-east-1.amazonaws.com/id/ABC123";

    private static Scalar template(Template.Part... parts) {
        return Scalar.partial(new Template(List.of(parts)), SPAN, ScalarStyle.HCL_EXPRESSION);
    }

    @Test
    void classifiesKnownProviders() {
        OidcProvider harness = OidcProvider.parse("arn:aws:iam::123456789012:oidc-provider/app.harness.io/ng/api/oidc/account/abc",
                List.of());
        assertThat(harness.kind()).isEqualTo(OidcProvider.Kind.HARNESS);
        assertThat(harness.harnessAccountId()).isEqualTo("abc");
        assertThat(OidcProvider.parse("arn:aws:iam::123456789012:oidc-provider/" + EKS, List.of()).kind())
                .isEqualTo(OidcProvider.Kind.EKS);
        assertThat(OidcProvider.parse("arn:aws:iam::123456789012:saml-provider/x", List.of())).isNull();
    }

    @Test
    void aComputedAccountStillNamesTheProviderOfItsKnownIssuer() {
        Scalar federated = template(new Template.Literal("arn:aws:iam::"), new Template.Hole("data.aws_caller_identity.c.account_id", SPAN),
                new Template.Literal(":oidc-provider/" + EKS));
        OidcProvider p = OidcProvider.parse(federated, List.of());
        assertThat(p.kind()).isEqualTo(OidcProvider.Kind.EKS);
        assertThat(p.subKey()).isEqualTo(EKS + ":sub");
    }

    @Test
    void aComputedIssuerNamesNoProvider() {
        Scalar federated = template(new Template.Literal("arn:aws:iam::123456789012:oidc-provider/"),
                new Template.Hole("replace(aws_iam_openid_connect_provider.eks.url, \"https://\", \"\")", SPAN));
        assertThat(OidcProvider.parse(federated, List.of())).isNull();
        assertThat(OidcProvider.parse(template(new Template.Hole("var.provider_arn", SPAN)), List.of())).isNull();
        assertThat(OidcProvider.parse(template(new Template.Literal("arn:aws:iam::"), new Template.Hole("a", SPAN),
                new Template.Literal(":saml-provider/x")), List.of())).isNull();
    }
}
