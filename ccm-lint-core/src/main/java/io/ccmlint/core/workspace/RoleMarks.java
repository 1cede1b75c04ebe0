package io.ccmlint.core.workspace;

import io.ccmlint.core.model.role.Role;
import io.ccmlint.core.source.Span;
import io.ccmlint.core.value.Scalar;
import io.ccmlint.core.value.Template;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The roles of a workspace being built, while connectors (Terraform, YAML) and the configuration
 * mark the ones a connector uses. A {@link Role} is immutable ({@link Role#usedBy} makes a new
 * one), so each role lives in a slot; the index by AWS name points at slots. The first mark wins:
 * a marked role is never replaced, so a role handed out stays current.
 */
public final class RoleMarks {
    /** One role as marked so far. */
    public static final class Slot {
        private Role role;

        private Slot(Role role) {
            this.role = role;
        }

        public Role role() {
            return role;
        }

        /** Marks the role as used by a connector ({@code how}, at {@code where}) unless it already is; returns it. */
        public Role mark(String how, Span where) {
            if (!role.usedByConnector()) {
                role = role.usedBy(how, where);
            }
            return role;
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final Map<String, List<Slot>> byAwsName = new HashMap<>();

    RoleMarks() {
    }

    /** Adds a role after the others; its slot marks it later (a Terraform source keeps slots by address). */
    public Slot add(Role role) {
        Slot s = new Slot(role);
        slots.add(s);
        if (role.awsName() != null) {
            byAwsName.computeIfAbsent(role.awsName(), k -> new ArrayList<>()).add(s);
        }
        return s;
    }

    /** Marks every role of AWS name {@code awsName}, in role order, and returns them (marked). */
    public List<Role> markNamed(String awsName, String how, Span where) {
        List<Role> out = new ArrayList<>();
        for (Slot s : byAwsName.getOrDefault(awsName, List.of())) {
            out.add(s.mark(how, where));
        }
        return out;
    }

    /** Marks every role {@code test} accepts, each at its own span. */
    public void markEach(Predicate<Role> test, String how) {
        for (Slot s : slots) {
            if (test.test(s.role)) {
                s.mark(how, s.role.span());
            }
        }
    }

    /** Why a connector uses a role, and where that is written: what {@link #markEach(Function)} marks with. */
    public record Mark(String how, Span where) {
    }

    /** Marks every role {@code markOf} gives a mark (null for none), each with its own reason and span. */
    public void markEach(Function<Role, Mark> markOf) {
        for (Slot s : slots) {
            if (!s.role.usedByConnector()) {
                Mark m = markOf.apply(s.role);
                if (m != null) {
                    s.mark(m.how(), m.where());
                }
            }
        }
    }

    /** The roles as marked so far, in order. */
    public List<Role> roles() {
        List<Role> out = new ArrayList<>(slots.size());
        slots.forEach(s -> out.add(s.role));
        return out;
    }

    /**
     * The role name a role ARN ends with when that part is known (also in
     * {@code arn:aws:iam::${each.key}:role/Name}), else null.
     */
    public static String roleNameOf(Scalar arn) {
        if (arn.isKnown()) {
            return io.ccmlint.core.aws.RoleArns.nameIn(arn.known());
        }
        Template t = arn.template();
        String suffix = t.knownSuffix();
        boolean roleArn = t.knownPrefix().startsWith("arn:") && t.literals().stream().anyMatch(l -> l.contains(":role/"));
        String name = suffix.substring(suffix.lastIndexOf('/') + 1);
        return roleArn && suffix.indexOf('/') >= 0 && !name.isEmpty() ? name : null;
    }
}
