package io.ccmlint.core.aws.catalog;

import io.ccmlint.core.iam.PolicyVariables;
import io.ccmlint.core.value.Globs;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Matching of ARNs as written in policies against the catalog's ARN patterns. */
final class ArnPatterns {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();
    private static final Map<String, List<Alternative>> TOKENS = new ConcurrentHashMap<>();
    /**
     * Pattern -> resource -> answer. Two levels, not one map keyed by both joined: joining costs a
     * new long string to hash and compare on every call, while both strings here hash once (the
     * catalog's patterns, and the readers' pooled values).
     */
    private static final Map<String, Map<String, Boolean>> MATCHED = new ConcurrentHashMap<>();
    private static final AtomicInteger MATCHED_SIZE = new AtomicInteger();
    private static final int MEMO_LIMIT = IamCatalog.MEMO_LIMIT;

    // Glob tokens besides characters: any one character, any run, and the same limited to one ARN
    // field (no ':'), as the partition, service, region and account fields are.
    private static final int ANY_ONE = Globs.ANY_ONE;
    private static final int ANY_RUN = Globs.ANY_RUN;
    private static final int FIELD_ONE = Globs.FIELD_ONE;
    private static final int FIELD_RUN = Globs.FIELD_RUN;

    /**
     * Services whose resources AWS owns and names with no account: SSM's public parameters
     * ({@code arn:aws:ssm:us-east-1::parameter/aws/service/...}) and AWS's own documents
     * ({@code arn:aws:ssm:us-east-1::document/AWS-RunShellScript}); the catalog writes
     * {@code ${Account}} for them, which is empty there.
     */
    private static final java.util.Set<String> AWS_OWNED_WITHOUT_ACCOUNT = java.util.Set.of("ssm");

    private ArnPatterns() {
    }

    /**
     * An approximation good enough for classification: each {@code ${...}} of the pattern matches
     * text without {@code :} (the last one anything, since resource names hold {@code /}); the
     * partition matches any partition. In {@code arn}, {@code *} and {@code ?} are taken as one
     * ordinary character, so {@code arn:aws:s3:::b/*} is an object ARN and {@code arn:aws:s3:::b}
     * a bucket ARN.
     */
    static boolean accepts(String pattern, String arn) {
        Pattern p = COMPILED.computeIfAbsent(pattern, ArnPatterns::compile);
        return p.matcher(arn.replace('*', 'x').replace('?', 'x')).matches();
    }

    /**
     * True when some ARN of {@code pattern} is also matched by {@code resource} as a policy's
     * Resource reads it: its {@code *} and {@code ?} are IAM wildcards, and an IAM policy variable
     * ({@code ${aws:username}}) or a part not known at lint time stands for any text. In the
     * pattern, a placeholder of the partition, service, region or account field stands for a
     * non-empty field (no {@code :}), except an SSM account, which AWS's own parameters and documents
     * leave empty; one of the resource part stands for any text, {@code /} and
     * {@code :} included, since names such as log groups, role paths and ECR repositories hold
     * them. Letters compare case-insensitively. Errs towards "could": it never says no to an ARN
     * some filling makes a resource of the type. A pattern may list alternatives separated by
     * {@code ", "} (API Gateway's HTTP and REST APIs): any of them.
     */
    static boolean couldMatch(String pattern, Scalar resource) {
        if (!resource.isKnown() || resource.known() == null) {
            return couldMatch(pattern, resourceTokens(resource));
        }
        // the same ARNs come back in policy after policy: each known pair is walked once (bounded)
        String arn = resource.known();
        Map<String, Boolean> byResource = MATCHED.get(pattern);
        Boolean known = byResource == null ? null : byResource.get(arn);
        if (known == null) {
            known = couldMatch(pattern, resourceTokens(resource));
            if (MATCHED_SIZE.get() < MEMO_LIMIT) {
                if (byResource == null) {
                    byResource = MATCHED.computeIfAbsent(pattern, p -> new ConcurrentHashMap<>());
                }
                if (byResource.putIfAbsent(arn, known) == null) {
                    MATCHED_SIZE.incrementAndGet();
                }
            }
        }
        return known;
    }

    private static boolean couldMatch(String pattern, int[] r) {
        String service = serviceField(r);
        for (Alternative alternative : TOKENS.computeIfAbsent(pattern, ArnPatterns::alternatives)) {
            // the service fields, when both are written out, decide most pairs without the walk
            boolean otherService = service != null && !service.isEmpty() && alternative.service() != null
                    && !alternative.service().equalsIgnoreCase(service);
            if (!otherService && intersect(alternative.tokens(), r)) {
                return true;
            }
        }
        return false;
    }

    /** One ARN format: its service field when written out (else null), and its tokens. */
    private record Alternative(String service, int[] tokens) {
    }

    private static List<Alternative> alternatives(String pattern) {
        List<Alternative> out = new ArrayList<>();
        for (String p : pattern.split(", ")) {
            int[] tokens = patternTokens(p);
            String service = serviceField(tokens);
            out.add(new Alternative(service == null || service.isEmpty() ? null : service, tokens));
        }
        return out;
    }

    /** The pattern's tokens: the first five fields ({@code arn:partition:service:region:account:}) are fields. */
    static int[] patternTokens(String pattern) {
        String[] fields = pattern.split(":", 4);
        boolean awsOwnedWithoutAccount = fields.length > 3 && AWS_OWNED_WITHOUT_ACCOUNT.contains(fields[2]);
        List<Integer> out = new ArrayList<>();
        int colons = 0;
        int i = 0;
        while (i < pattern.length()) {
            boolean inHeader = colons < 5;
            int close = pattern.startsWith("${", i) ? pattern.indexOf('}', i) : -1;
            if (close > 0) {
                if (inHeader && colons == 4 && awsOwnedWithoutAccount) {
                    out.add(FIELD_RUN); // or none: AWS's own public parameters and documents
                } else if (inHeader) {
                    out.add(FIELD_ONE);
                    out.add(FIELD_RUN);
                } else {
                    out.add(ANY_RUN);
                }
                i = close + 1;
                continue;
            }
            char c = pattern.charAt(i++);
            if (c == '*') {
                out.add(inHeader ? FIELD_RUN : ANY_RUN);
            } else if (c == '?') {
                out.add(inHeader ? FIELD_ONE : ANY_ONE);
            } else {
                out.add((int) c);
                colons += c == ':' ? 1 : 0;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A Resource value as a glob: wildcards, policy variables and holes are runs. A hole or policy
     * variable that fills one whole field of the ARN's first five, between two written colons
     * ({@code arn:aws:iam::${var.account_id}:role/x}, {@code ${AWS::Region}} of a {@code !Sub}), is
     * that field's value: an account or a region, no {@code :}. Elsewhere it may be any text (a
     * {@code "${local.prefix}/*"} may hold a whole ARN). A {@code *} keeps IAM's meaning: at the end
     * of a field it may reach beyond the colon.
     */
    static int[] resourceTokens(Scalar resource) {
        List<Integer> out = new ArrayList<>();
        List<Integer> holes = new ArrayList<>();
        if (resource.isKnown()) {
            addText(String.valueOf(resource.known()), out, holes);
        } else {
            for (Template.Part part : resource.template().parts()) {
                if (part instanceof Template.Literal l) {
                    addText(l.text(), out, holes);
                } else {
                    holes.add(out.size());
                    out.add(ANY_RUN);
                }
            }
        }
        int[] tokens = out.stream().mapToInt(Integer::intValue).toArray();
        for (int h : holes) {
            if (h > 0 && h + 1 < tokens.length && tokens[h - 1] == ':' && tokens[h + 1] == ':' && colonsBefore(tokens, h) < 5) {
                tokens[h] = FIELD_RUN;
            }
        }
        return tokens;
    }

    private static int colonsBefore(int[] tokens, int end) {
        int n = 0;
        for (int i = 0; i < end; i++) {
            n += tokens[i] == ':' ? 1 : 0;
        }
        return n;
    }

    /** Known text as a glob; a policy variable ({@code ${aws:username}}) is known only when IAM evaluates it: a run. */
    private static void addText(String text, List<Integer> out, List<Integer> holes) {
        int i = 0;
        while (i < text.length()) {
            int close = text.startsWith("${", i) ? text.indexOf('}', i) : -1;
            if (close > 0 && PolicyVariables.present(text.substring(i, close + 1))) {
                holes.add(out.size());
                out.add(ANY_RUN);
                i = close + 1;
                continue;
            }
            char c = text.charAt(i++);
            out.add(c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : (int) c);
        }
    }

    /** See {@link ResourceType#serviceOf}: the third field of the tokens when all literal, null when not known, "" for no ARN. */
    static String serviceField(int[] tokens) {
        String head = "arn:";
        int i = 0;
        for (; i < head.length(); i++) {
            if (i >= tokens.length) {
                return "";
            }
            if (tokens[i] < 0) {
                return null;
            }
            if (Character.toLowerCase(tokens[i]) != head.charAt(i)) {
                return "";
            }
        }
        StringBuilder service = new StringBuilder();
        int field = 1;
        for (; i < tokens.length && field < 3; i++) {
            if (tokens[i] < 0 && (field == 2 || !field(tokens[i]))) {
                return null; // a run in the partition that may cross its colon leaves the service field unknown
            }
            if (tokens[i] < 0) {
                continue;
            }
            if (tokens[i] == ':') {
                field++;
            } else if (field == 2) {
                service.appendCodePoint(tokens[i]);
            }
        }
        return service.toString();
    }

    /** A wildcard that stays within one field (never takes a {@code :}). */
    private static boolean field(int t) {
        return t == FIELD_ONE || t == FIELD_RUN;
    }

    /** True when some string matches both token sequences (ARNs compare ignoring case here, as before). */
    static boolean intersect(int[] a, int[] b) {
        return Globs.intersect(a, b, true);
    }

    private static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int last = pattern.lastIndexOf("${");
        while (i < pattern.length()) {
            int open = pattern.indexOf("${", i);
            if (open < 0) {
                re.append(Pattern.quote(pattern.substring(i)));
                break;
            }
            re.append(Pattern.quote(pattern.substring(i, open)));
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                re.append(Pattern.quote(pattern.substring(open)));
                break;
            }
            boolean tail = open == last && close == pattern.length() - 1;
            re.append(tail ? ".+" : "[^:/]*");
            i = close + 1;
        }
        return Pattern.compile(re.toString());
    }
}
