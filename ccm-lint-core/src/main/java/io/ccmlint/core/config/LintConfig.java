package io.ccmlint.core.config;

import io.ccmlint.core.suppress.ConfigSuppression;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The configuration of a run ({@code .ccm-lint.yml}). Globs are relative to {@code baseDir}, the
 * folder holding the config file (or the run's base when there is none).
 *
 * @param file the config file read, or null
 * @param suppressions the {@code suppressions:} entries (applied by the engine after the rules ran)
 * @param limits the reader limits ({@code limits:})
 * @param docsBaseUrl where the rule pages are published ({@code docs: {baseUrl:}}), or null for the build's default
 * @param terraform the {@code terraform:} settings (variable definitions files)
 * @param helm the {@code helm:} settings (releases of charts)
 * @param forbiddenAccess the {@code forbiddenAccess:} entries: access no matching principal may have
 */
public record LintConfig(Path file, Path baseDir, Map<String, RuleSetting> rules, List<Glob> include,
                         List<Glob> exclude, List<Glob> connectorPolicies, List<Glob> connectorRoles,
                         HarnessSettings harness, List<ConfigSuppression> suppressions,
                         io.ccmlint.core.tree.ParseLimits limits, String docsBaseUrl, CloudFormationSettings cloudFormation,
                         TerraformSettings terraform, HelmSettings helm, List<ForbiddenAccess> forbiddenAccess) {
    public LintConfig {
        forbiddenAccess = forbiddenAccess == null ? List.of() : List.copyOf(forbiddenAccess);
        helm = helm == null ? HelmSettings.DEFAULT : helm;
        limits = limits == null ? io.ccmlint.core.tree.ParseLimits.DEFAULT : limits;
        cloudFormation = cloudFormation == null ? CloudFormationSettings.DEFAULT : cloudFormation;
        terraform = terraform == null ? TerraformSettings.DEFAULT : terraform;
        rules = Map.copyOf(rules);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        connectorPolicies = List.copyOf(connectorPolicies);
        connectorRoles = List.copyOf(connectorRoles);
        suppressions = List.copyOf(suppressions);
    }

    /** A configuration without suppressions, with the default reader limits. */
    public LintConfig(Path file, Path baseDir, Map<String, RuleSetting> rules, List<Glob> include, List<Glob> exclude,
                      List<Glob> connectorPolicies, List<Glob> connectorRoles, HarnessSettings harness) {
        this(file, baseDir, rules, include, exclude, connectorPolicies, connectorRoles, harness, List.of(), null, null, null, null,
                null, null);
    }

    public static LintConfig defaults(Path baseDir) {
        return new LintConfig(null, baseDir, Map.of(), List.of(), List.of(), List.of(), List.of(), HarnessSettings.DEFAULT);
    }

    /** Harness facts the rules use: the account, self-managed hosts, CCM principal accounts, audiences. */
    public record HarnessSettings(String accountId, List<String> hosts, List<String> ccmPrincipalAccounts, List<String> audiences) {
        public static final HarnessSettings DEFAULT = new HarnessSettings(null, List.of(), List.of(), List.of());

        public HarnessSettings {
            hosts = List.copyOf(hosts);
            ccmPrincipalAccounts = List.copyOf(ccmPrincipalAccounts);
            audiences = List.copyOf(audiences);
        }
    }

    /**
     * {@code cloudformation:}: the partition {@code AWS::Partition} stands for ({@code aws} unless
     * set), and the parameter values of the stacks whose templates match a glob.
     */
    public record CloudFormationSettings(String partition, List<Stack> stacks) {
        public static final CloudFormationSettings DEFAULT = new CloudFormationSettings("aws", List.of());

        public CloudFormationSettings {
            partition = partition == null ? "aws" : partition;
            stacks = List.copyOf(stacks);
        }

        /**
         * @param template templates of the stack, relative to the configuration's folder
         * @param parameters values by parameter name, as text
         * @param parameterFiles files of parameter values (CloudFormation's
         *     {@code [{"ParameterKey", "ParameterValue"}]} or {@code {"Parameters": {...}}}), relative to
         *     the configuration's folder
         */
        public record Stack(Glob template, Map<String, String> parameters, List<String> parameterFiles) {
            public Stack {
                parameters = Map.copyOf(parameters);
                parameterFiles = List.copyOf(parameterFiles);
            }
        }
    }

    /**
     * {@code terraform:}: variable definitions files ({@code .tfvars}, {@code .tfvars.json}) to read as
     * {@code -var-file} would, each for the root module in its own folder, after the automatic ones.
     *
     * @param varFiles globs relative to the configuration's folder, in the order they apply
     */
    public record TerraformSettings(List<Glob> varFiles) {
        public static final TerraformSettings DEFAULT = new TerraformSettings(List.of());

        public TerraformSettings {
            varFiles = List.copyOf(varFiles);
        }
    }

    /** {@code helm:}: the releases to render, each a chart with its values (see {@link Release}). */
    public record HelmSettings(List<Release> releases) {
        public static final HelmSettings DEFAULT = new HelmSettings(List.of());

        public HelmSettings {
            releases = List.copyOf(releases);
        }

        /**
         * One release of a chart, as {@code helm template NAME CHART -n NAMESPACE -f ... --set ...}.
         *
         * @param chart the chart's folder, relative to the configuration's folder
         * @param values values files in order, relative to the configuration's folder
         * @param sets {@code --set} arguments ({@code key=value}), in order
         * @param setStrings {@code --set-string} arguments, in order
         * @param at the entry in the configuration file (where a chart that is not there is reported)
         */
        public record Release(String chart, String name, String namespace, List<String> values, List<String> sets,
                              List<String> setStrings, io.ccmlint.core.source.Span at) {
            public Release {
                values = List.copyOf(values);
                sets = List.copyOf(sets);
                setStrings = List.copyOf(setStrings);
            }
        }
    }

    /**
     * One {@code forbiddenAccess:} entry: no principal {@code principals} names may be allowed any of
     * {@code actions} on any of {@code resources}.
     *
     * @param principals globs against a principal's AWS name, ARN or address
     * @param actions IAM action patterns ({@code iam:PassRole}, {@code s3:Delete*})
     * @param resources resource patterns; {@code *} when the entry names none
     * @param reason why, quoted in the finding
     * @param at the entry in the configuration file
     */
    public record ForbiddenAccess(List<String> principals, List<String> actions, List<String> resources, String reason,
                                 io.ccmlint.core.source.Span at) {
        public ForbiddenAccess {
            principals = List.copyOf(principals);
            actions = List.copyOf(actions);
            resources = resources == null || resources.isEmpty() ? List.of("*") : List.copyOf(resources);
        }
    }

    /** The same configuration, remembering the file it came from. */
    public LintConfig withFile(Path configFile) {
        return new LintConfig(configFile, baseDir, rules, include, exclude, connectorPolicies, connectorRoles, harness,
                suppressions, limits, docsBaseUrl, cloudFormation, terraform, helm, forbiddenAccess);
    }

    public static boolean anyMatch(List<Glob> globs, String relativePath) {
        for (Glob g : globs) {
            if (g.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }
}
