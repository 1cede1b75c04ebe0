package io.ccmlint.core.helm.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Helm v4's reformatExecErrorMsg (pkg/engine/engine.go) for an execution error that is not
 * {@code required}/{@code fail}: Go's one-line error chain ("template: LOC: executing "NAME" at
 * &lt;CTX&gt;: error calling include: template: ...") becomes one block per template, each its
 * location, the action that failed and the message. Go walks the chain with errors.Unwrap; the links
 * are the texts after each "error calling FN: " (the only wrapping text/template does), so the walk
 * is done on the text. As in Helm, the original message is kept when any link is not a template
 * error (a function's own error, a tpl failure, the include depth bound).
 */
final class TraceableError {
    private record Link(String location, String message, String executedFunction) {
        @Override
        public String toString() {
            StringBuilder b = new StringBuilder();
            if (!location.isEmpty()) {
                b.append(location).append("\n  ");
            }
            if (!executedFunction.isEmpty()) {
                b.append(executedFunction).append("\n    ");
            }
            if (!message.isEmpty()) {
                b.append(message).append('\n');
            }
            return b.toString();
        }
    }

    private static final String PREFIX = "template: ";
    private static final String EXECUTING = ": executing ";

    private TraceableError() {
    }

    /** The message Helm prints for Go's execution error {@code goMessage}. */
    static String format(String goMessage) {
        List<Link> links = new ArrayList<>();
        String current = goMessage;
        while (current != null) {
            Link link = parse(current);
            if (link == null) {
                return goMessage;
            }
            if (links.isEmpty() || !links.get(links.size() - 1).equals(link)) {
                links.add(link);
            }
            current = wrapped(current);
        }
        StringBuilder b = new StringBuilder();
        links.forEach(b::append);
        return b.toString().strip();
    }

    /** The error the link wraps (Go's errors.Unwrap past the ExecError): what follows "error calling FN: ". */
    private static String wrapped(String link) {
        if (!link.startsWith(PREFIX)) {
            return null;
        }
        int exec = link.indexOf(EXECUTING);
        if (exec < 0) {
            return null;
        }
        int end = link.indexOf(">: ", exec);
        if (end < 0) {
            return null;
        }
        String msg = link.substring(end + 3);
        if (!msg.startsWith("error calling ")) {
            return null;
        }
        int colon = msg.indexOf(": ", "error calling ".length());
        return colon < 0 ? null : msg.substring(colon + 2);
    }

    /** parseTemplateExecErrorString: null when the text is not a template error. */
    private static Link parse(String s) {
        if (!s.startsWith(PREFIX)) {
            return null;
        }
        String remainder = s.substring(PREFIX.length());
        if (remainder.startsWith("no template ")) {
            return new Link("", s, "");
        }
        int idx = remainder.indexOf(EXECUTING);
        if (idx >= 0) {
            Link l = executing(remainder, idx);
            if (l != null) {
                return l;
            }
        }
        int sep = remainder.lastIndexOf(": ");
        if (sep < 0) {
            return null;
        }
        return new Link(remainder.substring(0, sep), cut(remainder.substring(sep + 2)), "");
    }

    private static Link executing(String remainder, int idx) {
        String name = remainder.substring(0, idx);
        String after = remainder.substring(idx + EXECUTING.length());
        if (after.isEmpty() || after.charAt(0) != '"') {
            return null;
        }
        int endQuote = after.indexOf('"', 1);
        if (endQuote < 0) {
            return null;
        }
        String function = after.substring(1, endQuote);
        String afterFunc = after.substring(endQuote + 1);
        if (!afterFunc.startsWith(" at <")) {
            return null;
        }
        String afterAt = afterFunc.substring(" at <".length());
        int endLoc = afterAt.indexOf(">: ");
        if (endLoc < 0) {
            return null;
        }
        String location = afterAt.substring(0, endLoc);
        return new Link(name, cut(afterAt.substring(endLoc + 3)),
                "executing \"" + function + "\" at <" + location + ">:");
    }

    /** The message up to a chained " template:" error. */
    private static String cut(String msg) {
        int cut = msg.indexOf(" template:");
        return cut < 0 ? msg : msg.substring(0, cut);
    }
}
