package io.ccmlint.core.helm.template;

import io.ccmlint.core.source.Span;
import java.util.List;

/**
 * The parse tree of a template (text/template/parse's nodes). Every node has its exact span in the
 * source; the span starts where Go's Pos does (Go's error columns come from it). {@link #text()} is
 * Go's String() of the node, the "at <...>" context of execution errors.
 */
public sealed interface Node {
    Span span();

    default String text() {
        StringBuilder b = new StringBuilder();
        write(b);
        return b.toString();
    }

    void write(StringBuilder b);

    /** A sequence of nodes. */
    record ListNode(Span span, List<Node> nodes) implements Node {
        @Override
        public void write(StringBuilder b) {
            nodes.forEach(n -> n.write(b));
        }
    }

    /** Plain text outside actions. */
    record TextNode(Span span, String value) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append(value);
        }
    }

    /** {@code {{/* ... *\/}}}, kept only when comments are asked for. */
    record CommentNode(Span span, String value) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("{{").append(value).append("}}");
        }
    }

    /** An action that prints its pipeline's value (or declares variables). */
    record ActionNode(Span span, PipeNode pipe) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("{{");
            pipe.write(b);
            b.append("}}");
        }
    }

    /** Declarations, then commands separated by '|'. */
    record PipeNode(Span span, boolean isAssign, List<VariableNode> decl, List<CommandNode> cmds) implements Node {
        @Override
        public void write(StringBuilder b) {
            if (!decl.isEmpty()) {
                for (int i = 0; i < decl.size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    decl.get(i).write(b);
                }
                b.append(isAssign ? " = " : " := ");
            }
            for (int i = 0; i < cmds.size(); i++) {
                if (i > 0) {
                    b.append(" | ");
                }
                cmds.get(i).write(b);
            }
        }
    }

    /** A function, field or value with its arguments. */
    record CommandNode(Span span, List<Node> args) implements Node {
        @Override
        public void write(StringBuilder b) {
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) {
                    b.append(' ');
                }
                Node a = args.get(i);
                if (a instanceof PipeNode) {
                    b.append('(');
                    a.write(b);
                    b.append(')');
                } else {
                    a.write(b);
                }
            }
        }
    }

    /** The three control structures: if, range and with. */
    enum BranchKind {
        IF("if"), RANGE("range"), WITH("with");

        final String keyword;

        BranchKind(String keyword) {
            this.keyword = keyword;
        }
    }

    /** {@code {{if|range|with pipeline}} list {{else}} elseList {{end}}}; elseList may be null. */
    record BranchNode(Span span, BranchKind kind, PipeNode pipe, ListNode list, ListNode elseList) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("{{").append(kind.keyword).append(' ');
            pipe.write(b);
            b.append("}}");
            list.write(b);
            if (elseList != null) {
                b.append("{{else}}");
                elseList.write(b);
            }
            b.append("{{end}}");
        }
    }

    /** {@code {{template "name" pipeline}}} (also what a block leaves in place); pipe may be null. */
    record TemplateNode(Span span, String name, PipeNode pipe) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("{{template ").append(GoStrconv.quote(name, false));
            if (pipe != null) {
                b.append(' ');
                pipe.write(b);
            }
            b.append("}}");
        }
    }

    record BreakNode(Span span) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("{{break}}");
        }
    }

    record ContinueNode(Span span) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("{{continue}}");
        }
    }

    /** {@code .A.B}: fields of dot. */
    record FieldNode(Span span, List<String> ident) implements Node {
        @Override
        public void write(StringBuilder b) {
            ident.forEach(id -> b.append('.').append(id));
        }
    }

    /** {@code $x} or {@code $x.A.B}: ident[0] is the variable. */
    record VariableNode(Span span, List<String> ident) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append(String.join(".", ident));
        }
    }

    /** {@code (pipeline).A.B} or {@code fn.A}: fields of another term. */
    record ChainNode(Span span, Node node, List<String> fields) implements Node {
        @Override
        public void write(StringBuilder b) {
            if (node instanceof PipeNode) {
                b.append('(');
                node.write(b);
                b.append(')');
            } else {
                node.write(b);
            }
            fields.forEach(f -> b.append('.').append(f));
        }
    }

    /** A function name. */
    record IdentifierNode(Span span, String ident) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append(ident);
        }
    }

    record DotNode(Span span) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append('.');
        }
    }

    record NilNode(Span span) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append("nil");
        }
    }

    record BoolNode(Span span, boolean value) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append(value);
        }
    }

    /** A number constant with every reading Go found for it (int, uint, float, complex). */
    record NumberNode(Span span, String literal, boolean isInt, boolean isUint, boolean isFloat, boolean isComplex,
                      long int64, long uint64, double float64, GoComplex complex128) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append(literal);
        }
    }

    /** A string constant: quoted as written, and its value. */
    record StringNode(Span span, String quoted, String value) implements Node {
        @Override
        public void write(StringBuilder b) {
            b.append(quoted);
        }
    }
}
