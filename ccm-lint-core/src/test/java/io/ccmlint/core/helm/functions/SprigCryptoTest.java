package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.FunctionTemplates.error;
import static io.ccmlint.core.helm.functions.FunctionTemplates.render;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sprig's crypto functions: derivePassword and decryptAES give Go's exact output (vectors from Helm
 * v4.1.4); bcrypt, htpasswd, encryptAES and randBytes are fixed, with the shape of Helm's output.
 */
class SprigCryptoTest {
    @Test
    void derivePasswordIsMasterPasswordAsSprigComputesIt() {
        assertThat(render("{{ derivePassword 1 \"long\" \"password\" \"user\" \"example.com\" }}")).isEqualTo("ZedaFaxcZaso9*");
        assertThat(render("{{ derivePassword 2 \"maximum\" \"p\" \"u\" \"s\" }}")).isEqualTo("GVrMlwPINBRhIcQLa58%");
        assertThat(render("{{ derivePassword 1 \"basic\" \"\" \"ü\" \"日本\" }}")).isEqualTo("imV6eZD0");
        // the counter is a uint32: Go's SetUint wraps it
        assertThat(render("{{ derivePassword 4294967297 \"pin\" \"p\" \"u\" \"s\" }}")).isEqualTo("2461");
        assertThat(render("{{ derivePassword 1 \"x\" \"p\" \"u\" \"s\" }}")).isEqualTo("cannot find password template x");
        assertThat(error("{{ derivePassword -1 \"pin\" \"p\" \"u\" \"s\" }}")).contains("expected unsigned integer; found -1");
    }

    @Test
    void decryptAesReadsHelmsCiphertextAndFailsAsGoPanics() {
        assertThat(render("{{ decryptAES \"k\" \"Gfn50Vw6Jiioa+xujbWs1iTDBoDNLl+Zl/uBPl0ntMc=\" }}")).isEqualTo("hello");
        assertThat(render("[{{ decryptAES \"k\" \"\" }}]")).isEqualTo("[]");
        assertThat(error("{{ decryptAES \"k\" \"abc\" }}")).isEqualTo("error calling decryptAES: illegal base64 data at input byte 0");
        assertThat(error("{{ decryptAES \"k\" \"YWJj\" }}"))
                .isEqualTo("error calling decryptAES: runtime error: slice bounds out of range [:16] with capacity 3");
        assertThat(error("{{ decryptAES \"k\" \"YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo=\" }}"))
                .isEqualTo("error calling decryptAES: crypto/cipher: input not full blocks");
        assertThat(error("{{ decryptAES \"k\" \"YWJjZGVmZ2hpamtsbW5vcA==\" }}"))
                .isEqualTo("error calling decryptAES: runtime error: index out of range [-1]");
        assertThat(error("{{ decryptAES \"k\" \"MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=\" }}"))
                .isEqualTo("error calling decryptAES: runtime error: slice bounds out of range [:-233]");
    }

    @Test
    void encryptAesIsRealButWithAFixedIv() {
        String once = render("{{ encryptAES \"secretkey\" \"plaintext\" }}");
        assertThat(render("{{ encryptAES \"secretkey\" \"plaintext\" }}")).isEqualTo(once);
        assertThat(once).matches("[A-Za-z0-9+/]{43}=").isNotEqualTo(render("{{ encryptAES \"secretkey\" \"plaintexts\" }}"));
        assertThat(render("{{ encryptAES \"secretkey\" \"plaintext\" | decryptAES \"secretkey\" }}")).isEqualTo("plaintext");
        assertThat(render("{{ encryptAES \"k\" (repeat 16 \"x\") | len }}")).isEqualTo("64"); // IV, the block, a full padding block
        assertThat(render("[{{ encryptAES \"k\" \"\" }}]")).isEqualTo("[]");
    }

    @Test
    void bcryptAndHtpasswdHaveBcryptsShape() {
        String hash = render("{{ bcrypt \"pw\" }}");
        assertThat(hash).matches("\\$2a\\$10\\$[./A-Za-z0-9]{53}").isEqualTo(render("{{ bcrypt \"pw\" }}"))
                .isNotEqualTo(render("{{ bcrypt \"pw2\" }}"));
        assertThat(render("{{ htpasswd \"user\" \"pw\" }}")).isEqualTo("user:" + hash);
        assertThat(render("{{ htpasswd \"a:b\" \"c\" }}")).isEqualTo("invalid username: a:b");
        assertThat(render("{{ bcrypt (repeat 73 \"a\") }}"))
                .isEqualTo("failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes");
        assertThat(render("{{ bcrypt (repeat 72 \"a\") | len }}")).isEqualTo("60");
    }

    @Test
    void randBytesIsAFixedPatternOfTheAskedLength() {
        assertThat(render("{{ randBytes 12 }}")).matches("[A-Za-z0-9+/]{16}").isEqualTo(render("{{ randBytes 12 }}"));
        assertThat(render("{{ randBytes 5 | b64dec | len }} [{{ randBytes 0 }}]")).isEqualTo("5 []");
        assertThat(error("{{ randBytes -1 }}")).isEqualTo("error calling randBytes: runtime error: makeslice: len out of range");
    }

    @Test
    void getHostByNameNeverResolves() {
        // Helm without --enable-dns replaces the lookup by ""
        assertThat(render("[{{ getHostByName \"example.com\" }}][{{ getHostByName \"127.0.0.1\" }}]")).isEqualTo("[][]");
    }
}
