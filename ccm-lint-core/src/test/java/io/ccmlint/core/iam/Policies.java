package io.ccmlint.core.iam;

import io.ccmlint.core.model.policy.PolicyDocument;
import io.ccmlint.core.model.policy.PolicyEditor;
import io.ccmlint.core.model.policy.PolicyReader;
import io.ccmlint.core.model.policy.Statement;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.tree.JsonTreeReader;
import io.ccmlint.core.tree.MapNode;
import io.ccmlint.core.tree.ParseProblem;
import java.util.ArrayList;
import java.util.List;

/** Test helper: policies from compact JSON written with single quotes. */
final class Policies {
    private Policies() {
    }

    /** Parses a policy; {@code '} stands for {@code "} so cases stay readable. */
    static PolicyDocument policy(String singleQuotedJson) {
        String json = singleQuotedJson.replace('\'', '"');
        SourceFile file = SourceFile.of("p.json", json);
        try {
            MapNode root = (MapNode) new JsonTreeReader().read(file);
            return PolicyReader.read("p.json", file, root, PolicyEditor.NONE);
        } catch (ParseProblem e) {
            throw new IllegalArgumentException("bad test JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    static List<PolicyDocument> policies(List<String> singleQuotedJson) {
        List<PolicyDocument> out = new ArrayList<>();
        for (String s : singleQuotedJson) {
            out.add(policy(s));
        }
        return out;
    }

    /** The Sid of each statement, or {@code "?"} for a statement without one. */
    static List<String> sids(List<Statement> statements) {
        List<String> out = new ArrayList<>();
        for (Statement s : statements) {
            out.add(s.sid() == null ? "?" : s.sid().known());
        }
        return out;
    }
}
