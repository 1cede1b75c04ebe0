package io.ccmlint.core.helm.functions;

import static io.ccmlint.core.helm.functions.Fn.fixed;
import static io.ccmlint.core.helm.functions.Fn.str;
import static io.ccmlint.core.helm.template.GoType.ANY;
import static io.ccmlint.core.helm.template.GoType.BOOL;
import static io.ccmlint.core.helm.template.GoType.STRING;

import io.ccmlint.core.helm.template.FunctionException;
import io.ccmlint.core.helm.template.GoInt;
import io.ccmlint.core.helm.template.GoObject;
import io.ccmlint.core.helm.template.TemplateFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sprig's semver and semverCompare on Masterminds/semver v3's rules: loose versions ("v1.2", "1"),
 * constraints joined by "||" and by "," or spaces, operators = != > < >= <= ~ ^, x-ranges (1.2.x, *)
 * and hyphen ranges; a pre-release version satisfies a constraint only when the constraint has a
 * pre-release itself (so ">=1.21-0" accepts "v1.30.0-eks-1").
 */
final class SprigSemver {
    private static final Pattern VERSION = Pattern.compile("^v?([0-9]+)(\\.[0-9]+)?(\\.[0-9]+)?"
            + "(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?$");
    private static final Pattern CONSTRAINT = Pattern.compile("^\\s*(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)?\\s*(v?[0-9xX*]+(?:\\.[0-9xX*]+)?(?:\\.[0-9xX*]+)?"
            + "(?:-[0-9A-Za-z\\-.]+)?(?:\\+[0-9A-Za-z\\-.]+)?)\\s*$");

    private SprigSemver() {
    }

    static void register(Map<String, TemplateFunction> m) {
        m.put("semver", fixed(ANY, (c, a) -> parse(str(a, 0)), STRING));
        m.put("semverCompare", fixed(BOOL, (c, a) -> check(str(a, 0), parse(str(a, 1))), STRING, STRING));
    }

    /** A parsed version; templates see Masterminds' fields. */
    record Version(long major, long minor, long patch, String pre, String metadata, String original) implements GoObject {
        @Override
        public String goTypeName() {
            return "*semver.Version";
        }

        @Override
        public Optional<Object> field(String name) {
            switch (name) {
                case "Major": return Optional.of(new GoInt(GoInt.Kind.UINT64, major));
                case "Minor": return Optional.of(new GoInt(GoInt.Kind.UINT64, minor));
                case "Patch": return Optional.of(new GoInt(GoInt.Kind.UINT64, patch));
                case "Prerelease": return Optional.of(pre);
                case "Metadata": return Optional.of(metadata);
                case "Original": return Optional.of(original);
                default: return Optional.empty();
            }
        }

        @Override
        public String printed() {
            return major + "." + minor + "." + patch + (pre.isEmpty() ? "" : "-" + pre) + (metadata.isEmpty() ? "" : "+" + metadata);
        }

        int compare(Version o) {
            int c = Long.compare(major, o.major);
            if (c == 0) {
                c = Long.compare(minor, o.minor);
            }
            if (c == 0) {
                c = Long.compare(patch, o.patch);
            }
            return c != 0 ? c : comparePre(pre, o.pre);
        }
    }

    static Version parse(String s) throws FunctionException {
        Matcher m = VERSION.matcher(s);
        if (!m.matches()) {
            throw new FunctionException("invalid semantic version");
        }
        try {
            String pre = m.group(5) == null ? "" : m.group(5);
            for (String part : pre.split("\\.")) {
                if (part.length() > 1 && part.startsWith("0") && part.matches("[0-9]+")) {
                    throw new FunctionException("version segment starts with 0");
                }
            }
            return new Version(Long.parseLong(m.group(1)), num(m.group(2)), num(m.group(3)), pre,
                    m.group(8) == null ? "" : m.group(8), s);
        } catch (NumberFormatException e) {
            throw new FunctionException("invalid semantic version");
        }
    }

    private static long num(String dotted) {
        return dotted == null ? 0 : Long.parseLong(dotted.substring(1));
    }

    private static int comparePre(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isEmpty()) {
            return 1;
        }
        if (b.isEmpty()) {
            return -1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length) {
                return -1;
            }
            if (i >= y.length) {
                return 1;
            }
            boolean xn = x[i].matches("[0-9]+");
            boolean yn = y[i].matches("[0-9]+");
            int c;
            if (xn && yn) {
                c = new java.math.BigInteger(x[i]).compareTo(new java.math.BigInteger(y[i]));
            } else if (xn || yn) {
                c = xn ? -1 : 1;
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** One operator against a version whose missing or wildcard parts are marked dirty. */
    private record Term(String op, Version v, int dirtyFrom) {
    }

    static boolean check(String constraints, Version v) throws FunctionException {
        for (String alternative : constraints.split("\\|\\|")) {
            boolean all = true;
            for (Term t : terms(alternative, constraints)) {
                if (!t.v.pre.isEmpty() || v.pre.isEmpty() ? !satisfies(t, v) : true) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static List<Term> terms(String alternative, String whole) throws FunctionException {
        String s = alternative.trim().replaceAll("\\s*,\\s*", ",").replaceAll("(!=|>=|=>|<=|=<|~>|>|<|=|~|\\^)\\s+", "$1");
        List<Term> out = new ArrayList<>();
        Matcher hyphen = Pattern.compile("^(\\S+)\\s+-\\s+(\\S+)$").matcher(s);
        if (hyphen.matches()) {
            out.add(term(">=" + hyphen.group(1), whole));
            out.add(term("<=" + hyphen.group(2), whole));
            return out;
        }
        for (String part : s.split("[,\\s]+")) {
            if (!part.isEmpty()) {
                out.add(term(part, whole));
            }
        }
        if (out.isEmpty()) {
            throw new FunctionException("improper constraint: " + whole);
        }
        return out;
    }

    private static Term term(String s, String whole) throws FunctionException {
        Matcher m = CONSTRAINT.matcher(s);
        if (!m.matches()) {
            throw new FunctionException("improper constraint: " + whole);
        }
        String op = m.group(1) == null ? "" : m.group(1);
        String ver = m.group(2);
        String core = ver.replaceFirst("^v", "").split("[-+]", 2)[0];
        String[] parts = core.split("\\.");
        int dirtyFrom = parts.length;
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean wild = parts[i].matches("[xX*]");
            if (wild && dirtyFrom > i) {
                dirtyFrom = i;
            }
            clean.append(i > 0 ? "." : "").append(wild ? "0" : parts[i]);
        }
        String rest = ver.substring(ver.indexOf(core) + core.length());
        return new Term(op, parse(clean + rest), dirtyFrom);
    }

    private static boolean satisfies(Term t, Version v) {
        Version c = t.v;
        int d = t.dirtyFrom; // the index of the first part not given (3 when all are)
        switch (t.op) {
            case "": case "=":
                return d == 3 ? v.compare(c) == 0 : within(v, c, d);
            case "!=":
                return d == 3 ? v.compare(c) != 0 : !within(v, c, d);
            case ">":
                if (d == 3) {
                    return v.compare(c) > 0;
                }
                return d == 0 ? false : d == 1 ? v.major > c.major : v.major > c.major || v.major == c.major && v.minor > c.minor;
            case "<":
                return v.compare(c) < 0;
            case ">=": case "=>":
                return v.compare(c) >= 0;
            case "<=": case "=<":
                if (d == 3) {
                    return v.compare(c) <= 0;
                }
                return d == 0 || (d == 1 ? v.major <= c.major : v.major < c.major || v.major == c.major && v.minor <= c.minor);
            case "~": case "~>":
                if (v.compare(c) < 0) {
                    return false;
                }
                return d <= 1 && c.major == 0 && d == 0 || (d <= 1 ? v.major == c.major : v.major == c.major && v.minor == c.minor);
            case "^":
                if (v.compare(c) < 0) {
                    return false;
                }
                if (c.major > 0 || d <= 1) {
                    return d == 0 || v.major == c.major;
                }
                if (c.minor > 0 || d == 2) {
                    return v.major == 0 && v.minor == c.minor;
                }
                return v.major == 0 && v.minor == 0 && v.patch == c.patch;
            default:
                return false;
        }
    }

    /** v matches c on its given parts (an x-range). */
    private static boolean within(Version v, Version c, int d) {
        return d == 0 || v.major == c.major && (d == 1 || v.minor == c.minor);
    }
}
