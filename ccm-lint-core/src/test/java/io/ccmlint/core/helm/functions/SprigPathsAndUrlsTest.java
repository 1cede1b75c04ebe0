package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.error;
import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Go's path functions and net/url as Sprig uses them (outputs checked with Helm v4.1.4). */
class SprigPathsAndUrlsTest {
    @Test
    void pathsFollowGosLexicalRules() {
        assertThat(render("{{ base \"a/b/\" }}|{{ base \"\" }}|{{ base \"///\" }}|{{ dir \"/a/b\" }}|{{ dir \"x\" }}|{{ dir \"\" }}"))
                .isEqualTo("b|.|/|/a|.|.");
        assertThat(render("{{ clean \"a//../../b/./c/\" }}|{{ clean \"/../a/..\" }}|{{ clean \"\" }}|{{ osClean \"../../x/../y\" }}"))
                .isEqualTo("../b/c|/|.|../../y");
        assertThat(render("{{ ext \"a/b.c.d\" }}|{{ ext \"a.b/c\" }}|{{ isAbs \"/x\" }}|{{ osIsAbs \"x\" }}|{{ osBase \"a/b.txt\" }}"))
                .isEqualTo(".d||true|false|b.txt");
    }

    @Test
    void urlParseGivesTheParts() {
        assertThat(render("{{ urlParse \"https://u:p%40@Host.com:8080/a%2fb/c?x=1&y#fr ag\" | toJson }}"))
                .isEqualTo("{\"fragment\":\"fr ag\",\"host\":\"Host.com:8080\",\"hostname\":\"Host.com\",\"opaque\":\"\","
                        + "\"path\":\"/a/b/c\",\"query\":\"x=1\\u0026y\",\"scheme\":\"https\",\"userinfo\":\"u:p%40\"}");
        assertThat(render("{{ (urlParse \"mailto:joe@x.com?s=1\").opaque }}|{{ (urlParse \"http://[fe80::1%25en0]:80/x\").hostname }}"))
                .isEqualTo("joe@x.com|fe80::1%en0");
    }

    @Test
    void urlParseFailsWithNetUrlsWords() {
        assertThat(error("{{ urlParse \"http://[1.2.3.4]/\" }}"))
                .isEqualTo("error calling urlParse: unable to parse url: parse \"http://[1.2.3.4]/\": invalid IP-literal");
        assertThat(error("{{ urlParse \"http://[1::2::3]/\" }}")).endsWith(
                ": invalid host: ParseAddr(\"1::2::3\"): multiple :: in address (at \":3\")");
        assertThat(error("{{ urlParse \"http://h:8a/\" }}")).endsWith(": invalid port \":8a\" after host");
        assertThat(error("{{ urlParse \"http://a b/\" }}")).endsWith(": invalid character \" \" in host name");
        assertThat(error("{{ urlParse \":x\" }}")).endsWith("parse \":x\": missing protocol scheme");
        assertThat(error("{{ urlParse \"1http://x\" }}")).endsWith(": first path segment in URL cannot contain colon");
        assertThat(error("{{ urlParse \"x#%zz\" }}")).endsWith("parse \"x#%zz\": invalid URL escape \"%zz\"");
        assertThat(error("{{ urlParse \"http://ü@h/\" }}")).endsWith(": net/url: invalid userinfo");
    }

    @Test
    void urlJoinEscapesAsUrlStringDoes() {
        assertThat(render("{{ urlJoin (dict \"scheme\" \"https\" \"host\" \"ex.com\" \"path\" \"/a b?\" \"query\" \"q=1\" "
                + "\"fragment\" \"f g\" \"userinfo\" \"us%20er:pa%40ss\") }}"))
                .isEqualTo("https://us%20er:pa%40ss@ex.com/a%20b%3F?q=1#f%20g");
        assertThat(render("{{ urlJoin (dict \"path\" \"a:b/c\") }}|{{ urlJoin (dict \"scheme\" \"file\" \"path\" \"/x\") }}"))
                .isEqualTo("./a:b/c|file:///x");
        assertThat(error("{{ urlJoin (dict \"host\" 1) }}"))
                .isEqualTo("error calling urlJoin: unable to parse host key, must be of type string, but int found");
        assertThat(error("{{ urlJoin (dict \"userinfo\" \"a b\") }}")).isEqualTo("error calling urlJoin: unable to parse userinfo "
                + "in dict: parse \"proto://a b@host\": net/url: invalid userinfo");
    }

    @Test
    void abbrevbothAndHello() {
        assertThat(render("{{ hello }}|{{ abbrevboth 5 10 \"1234 5678 9123 4567\" }}|{{ abbrevboth 0 4 \"abcdefg\" }}|"
                + "{{ abbrevboth 10 8 \"abcdefghijklmno\" }}|{{ abbrevboth 1 6 \"abcdefghij\" }}"))
                .isEqualTo("Hello!|...5678...|a...|...klmno|abcdefghij");
    }
}
