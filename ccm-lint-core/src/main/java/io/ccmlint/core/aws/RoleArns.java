package io.ccmlint.core.aws;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IAM role ARN checks, {@code arn:<partition>:iam::<12 digits>:role/<path><name>}, shared by every
 * rule that validates or reads a role ARN (connectors, IRSA annotations, Argo CD cluster secrets).
 */
public final class RoleArns {
    /** The AWS partitions, as a regular expression (alternatives, no group). */
    public static final String PARTITION_REGEX = "aws|aws-cn|aws-us-gov|aws-iso|aws-iso-[a-z]";
    /** One character of a role name, as a regular expression. */
    public static final String NAME_CHAR_REGEX = "[\\w+=,.@-]";
    private static final Pattern PARTITION = Pattern.compile(PARTITION_REGEX);
    private static final Pattern NAME = Pattern.compile(NAME_CHAR_REGEX + "{1,64}");
    private static final Pattern PATH_PART = Pattern.compile("[\\x21-\\x7E]+");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:([a-z-]+):iam::(\\d{12}):role/(?:([\\x21-\\x7E]+)/)?([\\w+=,.@-]{1,64})");

    private RoleArns() {
    }

    /** Why {@code arn} is not a valid IAM role ARN, or null when it is. */
    public static String problem(String arn) {
        if (arn == null || arn.isBlank()) {
            return "it is empty";
        }
        if (!arn.equals(arn.strip())) {
            return "it has leading or trailing spaces";
        }
        String[] p = arn.split(":", 6);
        if (p.length < 6 || !p[0].equals("arn")) {
            return "it does not have the form arn:<partition>:iam::<account>:role/<name>";
        }
        if (!PARTITION.matcher(p[1]).matches()) {
            return "\"" + p[1] + "\" is not an AWS partition (aws, aws-cn, aws-us-gov, aws-iso...)";
        }
        if (!p[2].equals("iam")) {
            return "the service is \"" + p[2] + "\", not iam";
        }
        if (!p[3].isEmpty()) {
            return "IAM ARNs have no region, but it names \"" + p[3] + "\"";
        }
        if (!p[4].matches("\\d{12}")) {
            return "the account \"" + p[4] + "\" is not 12 digits";
        }
        if (!p[5].startsWith("role/")) {
            return "it names \"" + p[5].split("/", 2)[0] + "\", not a role";
        }
        String rest = p[5].substring("role/".length());
        int slash = rest.lastIndexOf('/');
        String name = slash < 0 ? rest : rest.substring(slash + 1);
        String path = slash < 0 ? "" : rest.substring(0, slash);
        if (!path.isEmpty() && !PATH_PART.matcher(path).matches()) {
            return "the role path \"" + path + "\" has characters IAM does not allow";
        }
        if (!NAME.matcher(name).matches()) {
            return name.isEmpty() ? "the role name is missing"
                    : "the role name \"" + name + "\" is not 1-64 characters of letters, digits and +=,.@_-";
        }
        return null;
    }

    /** The role name of a valid role ARN, else null. */
    public static String roleName(String arn) {
        Matcher m = arn == null ? null : ROLE_ARN.matcher(arn);
        return m != null && m.matches() && problem(arn) == null ? m.group(4) : null;
    }

    /**
     * The role name at the end of an ARN-shaped string naming a role ({@code arn:...:role/[path/]Name}),
     * valid or not, else null: for matching a role across files, not for checking an ARN ({@link #roleName}).
     */
    public static String nameIn(String arn) {
        if (arn == null || !arn.startsWith("arn:") || arn.indexOf(":role/") < 0) {
            return null;
        }
        String name = arn.substring(arn.lastIndexOf('/') + 1);
        return name.isEmpty() ? null : name;
    }

    /** The account of a valid role ARN, else null. */
    public static String account(String arn) {
        Matcher m = arn == null ? null : ROLE_ARN.matcher(arn);
        return m != null && m.matches() ? m.group(2) : null;
    }

    /** The partition field of an ARN-shaped string ({@code aws}, {@code aws-us-gov}...), or null. */
    public static String partition(String arn) {
        String[] p = arn == null ? new String[0] : arn.split(":", 3);
        return p.length == 3 && p[0].equals("arn") ? p[1] : null;
    }
}
