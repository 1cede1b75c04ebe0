package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.integer;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.functions.Fn.variadic;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.INT;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.CallContext;
import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoObject;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.Map;
import java.util.Optional;

/**
 * Sprig's random and key-generating functions, made deterministic so a lint run is reproducible
 * (Helm gives different output on each run): {@code randAlphaNum} and friends repeat a fixed
 * character sequence of the asked length, {@code randInt} gives its minimum, {@code uuidv4} a fixed
 * version-4 UUID, {@code shuffle} its input unchanged. {@code genCA}, {@code genSelfSignedCert},
 * {@code genSignedCert} (and their -WithKey forms) give an object whose {@code .Cert} and {@code .Key}
 * are placeholder PEM blocks, and {@code genPrivateKey} a placeholder PEM key: the manifests keep
 * their shape (a Secret with tls.crt and tls.key) and no key is ever generated. The differential
 * test checks only the shape of what these produce (lengths, patterns), since Helm's varies.
 * {@code getHostByName} is "", what Helm gives without {@code --enable-dns}: we never reach the network.
 */
final class SprigNondeterministic {
    static final String UUID = "6e2c1b8a-5f3d-4c8e-9a7b-0d1e2f3a4b5c";
    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String ASCII = "!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~";

    private SprigNondeterministic() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("randAlphaNum", fixed(STRING, (c, a) -> cycle(c, ALNUM, integer(a, 0)), INT));
        m.put("randAlpha", fixed(STRING, (c, a) -> cycle(c, ALPHA, integer(a, 0)), INT));
        m.put("randNumeric", fixed(STRING, (c, a) -> cycle(c, DIGITS, integer(a, 0)), INT));
        m.put("randAscii", fixed(STRING, (c, a) -> cycle(c, ASCII, integer(a, 0)), INT));
        m.put("randInt", fixed(INT, (c, a) -> {
            if (integer(a, 1) - integer(a, 0) <= 0) {
                throw new IllegalStateException("invalid argument to Intn");
            }
            return integer(a, 0);
        }, INT, INT));
        m.put("uuidv4", fixed(STRING, (c, a) -> UUID));
        m.put("shuffle", fixed(STRING, (c, a) -> str(a, 0), STRING));
        m.put("genPrivateKey", fixed(STRING, (c, a) -> pem(keyType(str(a, 0))), STRING));
        m.put("genCA", fixed(ANY, (c, a) -> new Certificate(), STRING, INT));
        m.put("genCAWithKey", fixed(ANY, (c, a) -> new Certificate(), STRING, INT, STRING));
        m.put("genSelfSignedCert", fixed(ANY, (c, a) -> new Certificate(), STRING, ANY, ANY, INT));
        m.put("genSelfSignedCertWithKey", fixed(ANY, (c, a) -> new Certificate(), STRING, ANY, ANY, INT, STRING));
        m.put("genSignedCert", fixed(ANY, (c, a) -> new Certificate(), STRING, ANY, ANY, INT, ANY));
        m.put("genSignedCertWithKey", fixed(ANY, (c, a) -> new Certificate(), STRING, ANY, ANY, INT, ANY, STRING));
        m.put("buildCustomCert", variadic(ANY, ANY, (c, a) -> new Certificate()));
        // Helm replaces Sprig's DNS lookup by this unless run with --enable-dns (engine.go): no network
        m.put("getHostByName", fixed(STRING, (c, a) -> "", STRING));
    }

    private static String cycle(CallContext c, String alphabet, long count) throws FunctionException {
        if (count < 0) {
            return "";
        }
        Fn.checkSize(c, count);
        StringBuilder b = new StringBuilder((int) count);
        for (long i = 0; i < count; i++) {
            b.append(alphabet.charAt((int) (i * 7 % alphabet.length())));
        }
        return b.toString();
    }

    private static String keyType(String t) {
        switch (t) {
            case "rsa": return "RSA PRIVATE KEY";
            case "dsa": return "DSA PRIVATE KEY";
            case "ecdsa": return "EC PRIVATE KEY";
            case "ed25519": return "PRIVATE KEY";
            default: throw new IllegalStateException("Unknown type " + t);
        }
    }

    static String pem(String type) {
        return "-----BEGIN " + type + "-----\nY2NtLWxpbnQgcGxhY2Vob2xkZXI=\n-----END " + type + "-----\n";
    }

    /** sprig's certificate: fields Cert and Key (PEM text). */
    static final class Certificate implements GoObject {
        @Override
        public String goTypeName() {
            return "sprig.certificate";
        }

        @Override
        public Optional<Object> field(String name) {
            switch (name) {
                case "Cert": return Optional.of(pem("CERTIFICATE"));
                case "Key": return Optional.of(pem("RSA PRIVATE KEY"));
                default: return Optional.empty();
            }
        }

        @Override
        public String printed() {
            return "{" + pem("CERTIFICATE") + " " + pem("RSA PRIVATE KEY") + "}";
        }
    }
}
