package io.ccmlint.core.workspace;

import io.ccmlint.core.aws.RoleArns;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IAM role ARNs the files of a run write literally (never one put together from a guessed
 * account), and those an ECS task definition hands to ECS. Each file is scanned once while it is
 * read ({@link #scan}), so the index covers files whose text and models are no longer kept.
 */
public final class RoleArnMentions {
    /** A role ARN in running text: RoleArns' partitions, then a path and name of role-name characters. */
    private static final String ARN = "arn:(?:" + RoleArns.PARTITION_REGEX + "):iam::\\d{12}:role/["
            + RoleArns.NAME_CHAR_REGEX + "/]+";
    /** ECS task definitions (JSON, YAML, Terraform) naming the roles ECS is given. */
    private static final Pattern PASSED = Pattern.compile(
            "\"?(?:executionRoleArn|taskRoleArn|execution_role_arn|task_role_arn)\"?\\s*[:=]\\s*\"?(" + ARN + ")");
    private static final Pattern ANY_ROLE_ARN = Pattern.compile(ARN);

    /** What one file mentions. */
    public record Part(Set<String> passed, Set<String> arns) {
        public static final Part NONE = new Part(Set.of(), Set.of());
    }

    private final Set<String> passed;
    private final Map<String, Set<String>> arnsByRoleName;

    private RoleArnMentions(Set<String> passed, Map<String, Set<String>> arnsByRoleName) {
        this.passed = passed;
        this.arnsByRoleName = arnsByRoleName;
    }

    /** The role ARNs of one file's text. */
    public static Part scan(String text) {
        if (text.indexOf(":role/") < 0) {
            return Part.NONE; // neither pattern can match
        }
        Set<String> passed = new TreeSet<>();
        if (text.contains("RoleArn") || text.contains("role_arn")) { // PASSED names one of these keys
            Matcher m = PASSED.matcher(text);
            while (m.find()) {
                passed.add(m.group(1));
            }
        }
        Set<String> arns = new TreeSet<>();
        // the same matches as ANY_ROLE_ARN.find(), tried only where an ARN can start
        Matcher m = ANY_ROLE_ARN.matcher(text);
        for (int at = text.indexOf("arn:aws"); at >= 0; at = text.indexOf("arn:aws", at)) {
            m.region(at, text.length());
            if (m.lookingAt()) {
                arns.add(m.group());
                at = m.end();
            } else {
                at++;
            }
        }
        return passed.isEmpty() && arns.isEmpty() ? Part.NONE : new Part(Set.copyOf(passed), Set.copyOf(arns));
    }

    public static RoleArnMentions merge(Iterable<Part> parts) {
        Set<String> passed = new TreeSet<>();
        Map<String, Set<String>> byName = new HashMap<>();
        for (Part p : parts) {
            passed.addAll(p.passed());
            for (String arn : p.arns()) {
                byName.computeIfAbsent(RoleArns.nameIn(arn), k -> new TreeSet<>()).add(arn);
            }
        }
        byName.replaceAll((k, v) -> Collections.unmodifiableSet(v));
        return new RoleArnMentions(Collections.unmodifiableSet(passed), byName);
    }

    /** Role ARNs of ECS task definitions, sorted. */
    public Set<String> passedToEcs() {
        return passed;
    }

    /** The distinct literal ARNs of role {@code name} written anywhere in the run, sorted. */
    public Set<String> arnsOf(String name) {
        return arnsByRoleName.getOrDefault(name, Set.of());
    }
}
