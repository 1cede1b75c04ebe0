package io.ccmlint.core.suppress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ccmlint.core.config.ConfigException;
import io.ccmlint.core.report.Fingerprints;
import io.ccmlint.core.rule.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Accepted findings ({@code --baseline FILE}): their fingerprints, with rule, path and a short
 * message for people reading the file. Paths are relative to the baseline's folder, so the file
 * works from any working directory. A finding is hidden when its fingerprint is in the baseline;
 * an entry that matches nothing is stale (the finding was fixed or changed).
 */
public final class Baseline {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int FORMAT = 1;
    private static final int MESSAGE_LENGTH = 100;
    private static final java.util.regex.Pattern FINGERPRINT = java.util.regex.Pattern.compile("[0-9a-f]{32}");

    /** One accepted finding. */
    public record Entry(String fingerprint, String rule, String path, String message) {
    }

    /** What applying a baseline did: findings still reported, findings hidden, entries that matched nothing. */
    public record Match(List<Finding> kept, List<Finding> hidden, int stale) {
    }

    private final Path file;
    private final List<Entry> entries;

    private Baseline(Path file, List<Entry> entries) {
        this.file = file.toAbsolutePath().normalize();
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path).thenComparing(Entry::rule).thenComparing(Entry::message)
                .thenComparing(Entry::fingerprint));
        this.entries = List.copyOf(sorted);
    }

    public Path file() {
        return file;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A baseline of these findings, to be written to {@code file}. */
    public static Baseline of(List<Finding> findings, Path file) {
        Baseline empty = new Baseline(file, List.of());
        Map<Finding, String> fps = empty.fingerprints(findings);
        List<Entry> entries = new ArrayList<>();
        for (Finding f : findings) {
            entries.add(new Entry(fps.get(f), f.ruleId(), empty.path(f), shorten(f.message())));
        }
        return new Baseline(file, entries);
    }

    public static Baseline read(Path file) throws ConfigException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ConfigException("baseline file not found: " + file);
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": not a ccm-lint baseline (invalid JSON at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw new ConfigException("cannot read baseline " + file + ": " + e.getMessage());
        }
        if (root == null || root.path("version").asInt() != FORMAT || !root.path("findings").isArray()) {
            throw new ConfigException(file + ": not a ccm-lint baseline (expected {\"version\": 1, \"findings\": [...]})");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : root.get("findings")) {
            String fp = e.path("fingerprint").asText("");
            if (!FINGERPRINT.matcher(fp).matches()) {
                throw new ConfigException(file + ": baseline entry without a valid fingerprint: " + e);
            }
            entries.add(new Entry(fp, e.path("rule").asText(""), e.path("path").asText(""), e.path("message").asText("")));
        }
        return new Baseline(file, entries);
    }

    /** Writes the baseline atomically (a temporary file, then a rename). */
    public void write() throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", FORMAT);
        root.put("tool", "ccm-lint");
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            list.addObject().put("rule", e.rule()).put("path", e.path()).put("message", e.message())
                    .put("fingerprint", e.fingerprint());
        }
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".ccm-lint-baseline", ".tmp");
        try {
            Files.writeString(tmp, MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Splits findings into new ones and accepted ones; counts entries that matched nothing. */
    public Match match(List<Finding> findings) {
        Map<String, Integer> remaining = new HashMap<>();
        entries.forEach(e -> remaining.merge(e.fingerprint(), 1, Integer::sum));
        Map<Finding, String> fps = fingerprints(findings);
        List<Finding> kept = new ArrayList<>();
        List<Finding> hidden = new ArrayList<>();
        for (Finding f : findings) {
            Integer left = remaining.get(fps.get(f));
            if (left != null && left > 0) {
                remaining.put(fps.get(f), left - 1);
                hidden.add(f);
            } else {
                kept.add(f);
            }
        }
        int stale = remaining.values().stream().mapToInt(Integer::intValue).sum();
        return new Match(kept, hidden, stale);
    }

    private Map<Finding, String> fingerprints(List<Finding> findings) {
        return Fingerprints.all(findings, this::path);
    }

    private String path(Finding f) {
        Path abs = f.span().file().path().toAbsolutePath().normalize();
        return file.getParent().relativize(abs).toString().replace('\\', '/');
    }

    private static String shorten(String message) {
        return message.length() <= MESSAGE_LENGTH ? message : message.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
