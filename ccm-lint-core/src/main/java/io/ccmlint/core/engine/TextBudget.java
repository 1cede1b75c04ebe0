package io.ccmlint.core.engine;

import io.ccmlint.core.source.SourceFile;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How much file text the findings of one run may keep as it is: a file checked on its own keeps
 * its text while the budget lasts and is packed ({@link SourceFile#pack()}) after. Compressing
 * costs CPU (a fifth of the rule overhead on 17,000 policies), keeping costs memory; the budget
 * keeps a repository of ordinary size fast and a huge one flat in memory. Which files are packed
 * depends on thread timing, what any of them answers does not.
 */
final class TextBudget {
    /**
     * 48 Mi characters (UTF-16 units): about 55 MB of heap with line tables for Latin-1 text, the
     * text of most files, twice that at most for other text.
     */
    static final long DEFAULT_CHARS = 48L << 20;
    private final AtomicLong left;

    TextBudget(long chars) {
        left = new AtomicLong(chars);
    }

    /**
     * Keeps the file's text (and builds its line index) if it still fits, else packs it. Call it
     * once per file: a kept file is charged each time.
     */
    void keepOrPack(SourceFile file) {
        if (file.isPacked()) {
            return;
        }
        long length = file.length();
        if (left.addAndGet(-length) < 0) {
            left.addAndGet(length); // a smaller file may still fit
            file.pack();
        } else {
            file.lineCount(); // its findings are reported by line: index it here, not on the one thread that writes the report
        }
    }
}
