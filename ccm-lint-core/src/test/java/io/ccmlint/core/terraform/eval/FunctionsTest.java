package io.ccmlint.core.terraform.eval;

import static io.ccmlint.core.terraform.eval.EvalTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionsTest {

    @Test
    void jsonencodeOfARealisticIamPolicy() {
        String main = """
                locals {
                  account = "123456789012"
                }
                """;
        String policy = """
                jsonencode({
                    Version = "2012-10-17"
                    Statement = [
                      {
                        Sid      = "CCMVisibility"
                        Effect   = "Allow"
                        Action   = ["ec2:DescribeRegions", "ce:*", "cur:DescribeReportDefinitions"]
                        Resource = "*"
                      },
                      {
                        Effect    = "Allow"
                        Principal = { AWS = "arn:aws:iam::${local.account}:root" }
                        Action    = "sts:AssumeRole"
                        Condition = {
                          StringEquals = { "sts:ExternalId" = "harness:891928451355:abc" }
                          NumericLessThan = { "aws:MultiFactorAuthAge" = 3600 }
                          Bool = { "aws:SecureTransport" = true }
                        }
                      },
                    ]
                  })""";
        assertThat(str(eval(main, policy))).isEqualTo("{\"Statement\":["
                + "{\"Action\":[\"ec2:DescribeRegions\",\"ce:*\",\"cur:DescribeReportDefinitions\"],"
                + "\"Effect\":\"Allow\",\"Resource\":\"*\",\"Sid\":\"CCMVisibility\"},"
                + "{\"Action\":\"sts:AssumeRole\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":true},"
                + "\"NumericLessThan\":{\"aws:MultiFactorAuthAge\":3600},"
                + "\"StringEquals\":{\"sts:ExternalId\":\"harness:891928451355:abc\"}},"
                + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::123456789012:root\"}}],"
                + "\"Version\":\"2012-10-17\"}");
    }

    @Test
    void jsonencodeEscapesLikeGo() {
        assertThat(str(eval("jsonencode(\"<a & b>\\n\\t\\\"q\\\" \\\\ \\u2028 é\")")))
                .isEqualTo("\"\\u003ca \\u0026 b\\u003e\\n\\t\\\"q\\\" \\\\ \\u2028 é\"");
        assertThat(str(eval("jsonencode([1.50, 1e3, -2, null, true, {}])"))).isEqualTo("[1.5,1000,-2,null,true,{}]");
        assertThat(str(eval("jsonencode({ b = 1, B = 2, a = 3, \"_\" = 4 })"))).isEqualTo("{\"B\":2,\"_\":4,\"a\":3,\"b\":1}");
    }

    @Test
    void jsonencodeWithAnUnknownPartIsUnknown() {
        Value.Unknown u = unknown(eval("jsonencode({ Resource = aws_s3_bucket.b.arn })"));
        assertThat(u.expression()).isEqualTo("jsonencode({ Resource = aws_s3_bucket.b.arn })");
        unknown(eval("jsonencode({ Resource = \"arn:${var.p}\" })"));
    }

    @Test
    void tosetDedupesAndSorts() {
        assertThat(strings(eval("toset([\"b\", \"a\", \"b\", \"C\"])"))).containsExactly("C", "a", "b");
        assertThat(items(eval("toset([3, 1, 2, 1.0])"))).extracting(v -> num(v).intValue()).containsExactly(1, 2, 3);
        assertThat(strings(eval("toset([\"a\", 1, true])"))).containsExactly("1", "a", "true");
        assertThat(items(eval("toset([])"))).isEmpty();
        unknown(eval("toset([1, true])"));
        unknown(eval("toset([\"a\", null])"));
        unknown(eval("toset(var.list)"));
        // an unknown element is kept (after the known ones)
        assertThat(render(eval("toset([\"b\", aws_x.y.id, \"a\"])"))).isEqualTo("[\"a\",\"b\",unknown:aws_x.y.id]");
    }

    @Test
    void tolistAndConcat() {
        assertThat(strings(eval("tolist(toset([\"b\", \"a\"]))"))).containsExactly("a", "b");
        assertThat(strings(eval("tolist([\"a\", 1])"))).containsExactly("a", "1");
        assertThat(strings(eval("concat([\"a\"], [], [\"b\", \"c\"])"))).containsExactly("a", "b", "c");
        assertThat(render(eval("concat([\"a\"], [aws_x.y.id])"))).isEqualTo("[\"a\",unknown:aws_x.y.id]");
        unknown(eval("concat([\"a\"], var.more)"));
        unknown(eval("concat([\"a\"], \"b\")"));
        unknown(eval("tolist(var.x)"));
    }

    @Test
    void merge() {
        Value.Obj o = obj(eval("merge({ a = 1, b = 2 }, null, { b = 3, c = 4 })"));
        assertThat(o.entries()).containsOnlyKeys("a", "b", "c");
        assertThat(num(o.entries().get("b"))).isEqualByComparingTo("3");
        assertThat(o.keySpans().get("b").text()).isEqualTo("b");
        unknown(eval("merge({ a = 1 }, var.tags)"));
        unknown(eval("merge({ a = 1 }, [1])"));
        assertThat(render(eval("merge({ a = var.x })"))).isEqualTo("{a=unknown:var.x}");
    }

    @Test
    void stringFunctions() {
        assertThat(str(eval("trimspace(\"  \\t x y \\n\")"))).isEqualTo("x y");
        assertThat(str(eval("lower(\"ABC-Déf\")"))).isEqualTo("abc-déf");
        assertThat(str(eval("upper(\"abc-déf\")"))).isEqualTo("ABC-DÉF");
        assertThat(str(eval("upper(12)"))).isEqualTo("12");
        unknown(eval("trimspace(var.x)"));
        unknown(eval("lower(\"a${var.x}\")"));
        unknown(eval("upper([\"a\"])"));
    }

    @Test
    void format() {
        assertThat(str(eval("format(\"%s-%d-%v-%t-%%\", \"a\", \"000000000005\", 1.5, true)"))).isEqualTo("a-5-1.5-true-%");
        assertThat(str(eval("format(\"arn:aws:iam::%s:role/%s\", \"123\", \"r\")"))).isEqualTo("arn:aws:iam::123:role/r");
        assertThat(str(eval("format(\"%q\", \"a<b\")"))).isEqualTo("\"a\\u003cb\"");
        assertThat(str(eval("format(\"%v\", 123456789012)"))).isEqualTo("1.23456789012e+11");
        assertThat(str(eval("format(\"%v|%#v|%v\", [1, \"a\"], \"s\", null)"))).isEqualTo("[1,\"a\"]|\"s\"|null");
        unknown(eval("format(\"%s\", var.x)"));
        unknown(eval("format(\"%s %s\", \"a\")")); // not enough arguments
        unknown(eval("format(\"%s\", \"a\", \"b\")")); // too many arguments
        unknown(eval("format(\"%d\", 1.5)"));
        unknown(eval("format(\"%5s\", \"a\")")); // width: not evaluated
        unknown(eval("format(\"%s\", null)"));
    }

    @Test
    void joinAndSplit() {
        assertThat(str(eval("join(\",\", [\"a\", \"b\"], [\"c\"])"))).isEqualTo("a,b,c");
        assertThat(str(eval("join(\"-\", [])"))).isEqualTo("");
        Value.Partial p = partial(eval("join(\":\", [\"arn:aws:iam:\", var.account, \"role/x\"])"));
        assertThat(p.withHoles()).isEqualTo("arn:aws:iam::${var.account}:role/x");
        unknown(eval("join(\",\", var.list)"));
        unknown(eval("join(\",\", [\"a\", null])"));
        assertThat(strings(eval("split(\",\", \"a,,b,\")"))).containsExactly("a", "", "b", "");
        assertThat(strings(eval("split(\",\", \"\")"))).containsExactly("");
        assertThat(strings(eval("split(\"\", \"ab\")"))).containsExactly("a", "b");
        unknown(eval("split(\",\", var.s)"));
    }

    @Test
    void conversionAndCollectionHelpers() {
        assertThat(str(eval("tostring(5)"))).isEqualTo("5");
        assertThat(num(eval("tonumber(\"42\")"))).isEqualByComparingTo("42");
        assertThat(bool(eval("tobool(\"true\")"))).isTrue();
        assertThat(num(eval("length([1, 2, 3])"))).isEqualByComparingTo("3");
        assertThat(num(eval("length({ a = 1 })"))).isEqualByComparingTo("1");
        assertThat(num(eval("length(\"abc\")"))).isEqualByComparingTo("3");
        assertThat(str(eval("lookup({ a = \"x\" }, \"a\")"))).isEqualTo("x");
        assertThat(str(eval("lookup({ a = \"x\" }, \"b\", \"d\")"))).isEqualTo("d");
        assertThat(strings(eval("keys({ b = 1, a = 2 })"))).containsExactly("a", "b");
        assertThat(items(eval("values({ b = 1, a = 2 })"))).extracting(v -> num(v).intValue()).containsExactly(2, 1);
        assertThat(num(eval("length([\"a\", var.x])"))).isEqualByComparingTo("2");
        unknown(eval("length(toset([\"a\", var.x]))")); // var.x might be "a"
        unknown(eval("tonumber(\"x\")"));
        unknown(eval("lookup({ a = \"x\" }, \"b\")"));
    }

    @Test
    void otherFunctionsAreUnknown() {
        Value.Unknown u = unknown(eval("file(\"${path.module}/policy.json\")"));
        assertThat(u.expression()).isEqualTo("file(\"${path.module}/policy.json\")");
        assertThat(u.reference()).isNull();
        unknown(eval("provider::aws::arn_parse(\"arn:aws:iam::1:role/r\")"));
        unknown(eval("substr(\"abc\", 0, 1)"));
        unknown(eval("jsonencode(\"a\", \"b\")")); // wrong arity
    }

    @Test
    void coreNamespaceAndArgumentExpansion() {
        assertThat(str(eval("core::upper(\"a\")"))).isEqualTo("A");
        assertThat(strings(eval("concat([[\"a\"], [\"b\"]]...)"))).containsExactly("a", "b");
        assertThat(str(eval("format(\"%s-%s\", [\"x\", \"y\"]...)"))).isEqualTo("x-y");
        unknown(eval("concat(var.lists...)"));
    }

    @Test
    void functionResultsHaveTheCallSpan() {
        Value v = eval("trimspace(\" a \")");
        assertThat(v.span().text()).isEqualTo("trimspace(\" a \")");
    }
}
