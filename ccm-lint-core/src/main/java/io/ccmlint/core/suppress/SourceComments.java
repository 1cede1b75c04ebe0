package io.ccmlint.core.suppress;

import io.ccmlint.core.hcl.HclFile;
import io.ccmlint.core.source.SourceFile;
import io.ccmlint.core.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The comments of one YAML or HCL file that hold a {@code ccm-lint:} directive, and what each one
 * covers: a comment alone on its line covers the next line that is neither blank nor a comment
 * (so directives can be stacked); a comment after code covers its own line. The file's header is
 * the comment block before the first line of content, where {@code disable-file} belongs.
 */
final class SourceComments {
    /** A directive comment: its span and the offsets of its text after the comment marker. */
    record Comment(Span span, int bodyStart, int bodyEnd, boolean wholeLine) {
    }

    private final SourceFile file;
    private final List<Comment> comments;
    private final int headerEnd;

    private SourceComments(SourceFile file, List<Comment> comments, int headerEnd) {
        this.file = file;
        this.comments = List.copyOf(comments);
        this.headerEnd = headerEnd;
    }

    List<Comment> comments() {
        return comments;
    }

    SourceFile file() {
        return file;
    }

    /** True when the comment is in the comment block at the top of the file. */
    boolean inHeader(Comment c) {
        return c.span().start() < headerEnd;
    }

    /** The 1-based line a line-level directive covers, or -1 when nothing follows it. */
    int targetLine(Comment c) {
        int line = file.line(c.span().start());
        if (!c.wholeLine()) {
            return line;
        }
        int last = file.line(c.span().end());
        for (int l = last + 1; l <= file.lineCount(); l++) {
            if (!blankOrComment(file.lineText(l))) {
                return l;
            }
        }
        return -1;
    }

    /**
     * YAML: a {@code #} at the start of a line or after a blank that is not inside a scalar.
     *
     * @param scalars spans of the file's scalars when it parsed (a {@code #} in a block scalar or a
     *                quoted string is text, not a comment); null when it did not, then quotes on
     *                the line are tracked instead
     */
    static SourceComments yaml(SourceFile file, List<Span> scalars) {
        List<Comment> out = new ArrayList<>();
        if (file.text().contains(DirectiveParser.PREFIX)) {
            for (int line = 1; line <= file.lineCount(); line++) {
                String lt = file.lineText(line);
                if (!lt.contains(DirectiveParser.PREFIX)) {
                    continue;
                }
                int ls = file.lineStart(line);
                int hash = yamlCommentStart(lt, ls, scalars);
                if (hash >= 0) {
                    int end = ls + lt.length();
                    out.add(new Comment(file.span(ls + hash, end), ls + hash + 1, end, lt.substring(0, hash).isBlank()));
                }
            }
        }
        return new SourceComments(file, out, yamlHeaderEnd(file));
    }

    /** HCL: the parser keeps every {@code #}, {@code //} and {@code /* *}{@code /} comment. */
    static SourceComments hcl(HclFile hcl) {
        SourceFile file = hcl.source();
        String text = file.text();
        List<Comment> out = new ArrayList<>();
        for (Span s : hcl.comments()) {
            String c = text.substring(s.start(), s.end());
            if (!c.contains(DirectiveParser.PREFIX)) {
                continue;
            }
            int bodyStart = s.start() + (c.startsWith("#") ? 1 : 2);
            int bodyEnd = c.startsWith("/*") && c.endsWith("*/") && c.length() >= 4 ? s.end() - 2 : s.end();
            int ls = file.lineStart(file.line(s.start()));
            out.add(new Comment(s, bodyStart, bodyEnd, text.substring(ls, s.start()).isBlank()));
        }
        return new SourceComments(file, out, hclHeaderEnd(file, hcl.comments()));
    }

    private static int yamlCommentStart(String line, int lineStart, List<Span> scalars) {
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (scalars == null && quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (scalars == null && (c == '"' || c == '\'') && (i == 0 || " \t:[{,-".indexOf(line.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')
                    && (scalars == null || !inside(scalars, lineStart + i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inside(List<Span> spans, int offset) {
        for (Span s : spans) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static int yamlHeaderEnd(SourceFile file) {
        for (int l = 1; l <= file.lineCount(); l++) {
            String t = file.lineText(l).strip();
            if (!(t.isEmpty() || t.startsWith("#") || t.equals("---") || t.startsWith("%"))) {
                return file.lineStart(l);
            }
        }
        return file.text().length();
    }

    private static int hclHeaderEnd(SourceFile file, List<Span> comments) {
        String text = file.text();
        int pos = 0;
        int next = 0;
        while (pos < text.length()) {
            if (Character.isWhitespace(text.charAt(pos))) {
                pos++;
                continue;
            }
            while (next < comments.size() && comments.get(next).start() < pos) {
                next++;
            }
            if (next < comments.size() && comments.get(next).start() == pos) {
                pos = comments.get(next).end();
                continue;
            }
            return pos;
        }
        return text.length();
    }

    private static boolean blankOrComment(String line) {
        String t = line.strip();
        return t.isEmpty() || t.startsWith("#") || t.startsWith("//") || t.startsWith("/*");
    }
}
