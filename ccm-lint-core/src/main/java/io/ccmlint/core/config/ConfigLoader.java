package io.ccmlint.core.config;

import io.ccmlint.core.rule.Severity;
import io.ccmlint.core.schema.SchemaValidator;
import io.ccmlint.core.schema.SchemaViolation;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.suppress.ConfigSuppression;
import io.ccmlint.core.tree.ListNode;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import io.ccmlint.core.tree.ScalarNode;
import io.ccmlint.core.tree.YamlTreeReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads {@code .ccm-lint.yml}. It is validated against {@code ccm-lint-config.schema.json}
 * first, so every mistake is reported with its line and column.
 */
public final class ConfigLoader {
    public static final List<String> NAMES = List.of(".ccm-lint.yml", ".ccm-lint.yaml");

    private ConfigLoader() {
    }

    /**
     * The nearest config file in {@code start} or its parents, stopping at a repository root (a
     * folder with {@code .git}) and, when not null, after {@code stopAt} (the top of a Maven build);
     * null when there is none. {@link ConfigLookup#nearest} is how a run uses it.
     */
    public static Path find(Path start, Path stopAt) {
        Path stop = stopAt == null ? null : stopAt.toAbsolutePath().normalize();
        Path dir = start.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        while (dir != null) {
            for (String name : NAMES) {
                Path candidate = dir.resolve(name);
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            if (dir.equals(stop) || Files.exists(dir.resolve(".git"))) {
                return null;
            }
            dir = dir.getParent();
        }
        return null;
    }

    public static LintConfig load(Path file) throws ConfigException {
        String display = io.ccmlint.core.workspace.Paths.relative(Path.of(""), file);
        SourceFile source;
        try {
            source = SourceFile.decode(file, display, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + display + ": " + e.getMessage());
        } catch (SourceFile.MalformedInputException e) {
            throw new ConfigException(display + ": not UTF-8 text (" + e.getMessage() + ")");
        }
        Node root;
        try {
            List<Node> docs = new YamlTreeReader().readAll(source);
            if (docs.isEmpty()) {
                return LintConfig.defaults(file.toAbsolutePath().getParent()).withFile(file);
            }
            root = docs.get(0);
        } catch (ParseProblem p) {
            throw new ConfigException(p.span() + ": " + p.getMessage());
        }
        List<SchemaViolation> violations = SchemaValidator.validate("ccm-lint-config.schema.json", root);
        if (!violations.isEmpty()) {
            SchemaViolation v = violations.get(0);
            throw new ConfigException(v.span() + ": invalid configuration: " + v.message());
        }
        MapNode m = (MapNode) root;
        Path base = file.toAbsolutePath().normalize().getParent();
        return new LintConfig(file, base, rules(m.get("rules")), globs(m.get("include")), globs(m.get("exclude")),
                globs(m.get("connectorPolicies")), globs(m.get("connectorRoles")), harness(m.get("harness")),
                ConfigSuppression.read(m.get("suppressions")), limits(m.get("limits")), docsBaseUrl(m.get("docs")),
                cloudFormation(m.get("cloudformation")), terraform(m.get("terraform")), helm(m.get("helm")),
                forbiddenAccess(m.get("forbiddenAccess")));
    }

    /** {@code forbiddenAccess:} (the schema checked its shape). */
    private static List<LintConfig.ForbiddenAccess> forbiddenAccess(Node n) {
        if (!(n instanceof ListNode list)) {
            return List.of();
        }
        List<LintConfig.ForbiddenAccess> out = new ArrayList<>();
        for (Node item : list.items()) {
            MapNode e = (MapNode) item;
            out.add(new LintConfig.ForbiddenAccess(strings(e.get("principals")), strings(e.get("actions")),
                    strings(e.get("resources")), e.get("reason").asText(), e.span()));
        }
        return out;
    }

    /** {@code terraform:} (the schema checked its shape). */
    private static LintConfig.TerraformSettings terraform(Node n) throws ConfigException {
        if (!(n instanceof MapNode m) || !(m.get("varFiles") instanceof ListNode list)) {
            return LintConfig.TerraformSettings.DEFAULT;
        }
        List<Glob> varFiles = new ArrayList<>();
        for (Node item : list.items()) {
            try {
                varFiles.add(Glob.compile(item.asText()));
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new ConfigException(item.span() + ": invalid configuration: terraform.varFiles: \""
                        + item.asText() + "\" is not a valid glob (" + e.getDescription() + ")");
            }
        }
        return new LintConfig.TerraformSettings(varFiles);
    }

    /** {@code helm:} (the schema checked its shape). */
    private static LintConfig.HelmSettings helm(Node n) {
        if (!(n instanceof MapNode m) || !(m.get("releases") instanceof ListNode list)) {
            return LintConfig.HelmSettings.DEFAULT;
        }
        List<LintConfig.HelmSettings.Release> releases = new ArrayList<>();
        for (Node item : list.items()) {
            MapNode r = (MapNode) item;
            releases.add(new LintConfig.HelmSettings.Release(r.get("chart").asText(), text(r, "name", "release-name"),
                    text(r, "namespace", "default"), strings(r.get("values")), assignments(r.get("set")),
                    assignments(r.get("setString")), r.span()));
        }
        return new LintConfig.HelmSettings(releases);
    }

    private static String text(MapNode m, String key, String fallback) {
        return m.get(key) == null ? fallback : m.get(key).asText();
    }

    /** {@code {key: value}} as Helm's {@code key=value} arguments ({@code null} as Helm's {@code key=null}). */
    private static List<String> assignments(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                Object v = ((ScalarNode) e.value()).scalar().value();
                out.add(e.key() + "=" + (v instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(v)));
            }
        }
        return out;
    }

    /** {@code cloudformation:} (the schema checked its shape). */
    private static LintConfig.CloudFormationSettings cloudFormation(Node n) {
        if (!(n instanceof MapNode m)) {
            return LintConfig.CloudFormationSettings.DEFAULT;
        }
        List<LintConfig.CloudFormationSettings.Stack> stacks = new java.util.ArrayList<>();
        if (m.get("stacks") instanceof io.ccmlint.core.tree.ListNode list) {
            for (Node item : list.items()) {
                MapNode stack = (MapNode) item;
                Map<String, String> parameters = new LinkedHashMap<>();
                if (stack.get("parameters") instanceof MapNode ps) {
                    for (MapNode.Entry e : ps.entries()) {
                        Object v = ((ScalarNode) e.value()).scalar().value();
                        parameters.put(e.key(), v instanceof java.math.BigDecimal b ? b.toPlainString() : String.valueOf(v));
                    }
                }
                stacks.add(new LintConfig.CloudFormationSettings.Stack(Glob.compile(stack.get("template").asText()),
                        parameters, strings(stack.get("parameterFiles"))));
            }
        }
        Node partition = m.get("partition");
        return new LintConfig.CloudFormationSettings(partition == null ? null : partition.asText(), stacks);
    }

    /** {@code docs: {baseUrl:}}, or null (the schema checked it is an http(s) URL). */
    private static String docsBaseUrl(Node n) {
        Node url = n instanceof MapNode m ? m.get("baseUrl") : null;
        return url == null ? null : url.asText();
    }

    /** {@code limits:}; keys left out keep their defaults (the schema checked the types). */
    private static io.ccmlint.core.tree.ParseLimits limits(Node n) throws ConfigException {
        io.ccmlint.core.tree.ParseLimits d = io.ccmlint.core.tree.ParseLimits.DEFAULT;
        if (!(n instanceof MapNode m)) {
            return d;
        }
        java.time.Duration timeout = d.fileTimeout();
        if (m.get("fileTimeout") instanceof ScalarNode s && s.scalar().value() != null) {
            try {
                timeout = io.ccmlint.core.tree.ParseLimits.parseDuration(String.valueOf(s.scalar().value()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(s.span() + ": invalid configuration: limits.fileTimeout: " + e.getMessage());
            }
        }
        return new io.ccmlint.core.tree.ParseLimits(
                (int) number(m, "maxNestingDepth", d.maxNestingDepth()),
                (int) number(m, "maxStringLength", d.maxStringLength()),
                number(m, "maxFileSize", d.maxDocumentLength()),
                (int) number(m, "maxYamlAliases", d.maxAliasesForCollections()),
                (int) number(m, "maxYamlNodes", d.maxYamlNodes()),
                timeout);
    }

    private static long number(MapNode m, String key, long fallback) {
        return m.get(key) instanceof ScalarNode s && s.scalar().value() instanceof java.math.BigDecimal b ? b.longValue() : fallback;
    }

    private static Map<String, RuleSetting> rules(Node n) {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                if (e.value() instanceof ScalarNode s) {
                    out.put(e.key(), setting(String.valueOf(s.scalar().value()), Map.of()));
                } else if (e.value() instanceof MapNode props) {
                    Map<String, Object> properties = new LinkedHashMap<>();
                    String severity = null;
                    for (MapNode.Entry p : props.entries()) {
                        if (p.key().equals("severity")) {
                            severity = p.value().asText();
                        } else {
                            properties.put(p.key(), plain(p.value()));
                        }
                    }
                    out.put(e.key(), setting(severity, properties));
                }
            }
        }
        return out;
    }

    private static RuleSetting setting(String severity, Map<String, Object> properties) {
        if ("off".equals(severity)) {
            return new RuleSetting(true, null, properties);
        }
        return new RuleSetting(false, severity == null ? null : Severity.parse(severity), properties);
    }

    private static Object plain(Node n) {
        if (n instanceof ScalarNode s) {
            return s.scalar().value();
        }
        if (n instanceof ListNode l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(i -> out.add(plain(i)));
            return out;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        ((MapNode) n).entries().forEach(e -> out.put(e.key(), plain(e.value())));
        return out;
    }

    private static List<Glob> globs(Node n) {
        List<Glob> out = new ArrayList<>();
        for (String s : strings(n)) {
            out.add(Glob.compile(s));
        }
        return out;
    }

    private static List<String> strings(Node n) {
        List<String> out = new ArrayList<>();
        if (n instanceof ListNode l) {
            for (Node item : l.items()) {
                if (item.asText() != null) {
                    out.add(item.asText());
                }
            }
        }
        return out;
    }

    private static LintConfig.HarnessSettings harness(Node n) {
        if (!(n instanceof MapNode m)) {
            return LintConfig.HarnessSettings.DEFAULT;
        }
        Node account = m.get("accountId");
        return new LintConfig.HarnessSettings(account == null ? null : account.asText(), strings(m.get("hosts")),
                strings(m.get("ccmPrincipalAccounts")), strings(m.get("audiences")));
    }
}
