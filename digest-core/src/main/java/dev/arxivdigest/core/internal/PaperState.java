package dev.arxivdigest.core.internal;

/**
 * Where a paper being built is, from its header to its end; each state handles a line of the paper.
 * Replaces the flags that used to say it ("authors expected", "details open or closed", "summary
 * allowed").
 */
enum PaperState {

    /** After the header: the authors line is expected; a translated title or a label may come first. */
    BEFORE_AUTHORS {
        @Override
        void line(PaperBuilder b, int s, int e, int fs) {
            if (!b.aboveAuthors(s, e, fs)) {
                b.body(s, e, fs);
            }
        }
    },
    /** The paper's body before any details block: the TL;DR and fields written above it. */
    BODY,
    /** Right after {@code <details>}: its {@code <summary>} line may follow. */
    AT_SUMMARY {
        @Override
        void line(PaperBuilder b, int s, int e, int fs) {
            b.state = IN_DETAILS; // a summary comes first or not at all
            b.body(s, e, fs);
        }
    },
    /** Inside the details block. */
    IN_DETAILS,
    /** After {@code </details>}: the generator writes nothing more, so text here is reported and skipped. */
    AFTER_DETAILS;

    /**
     * Handles a non-blank line of the paper that no block-level form took.
     *
     * @param b the paper
     * @param s index of the line's start
     * @param e index of its end
     * @param fs index of its first non-space character
     */
    void line(PaperBuilder b, int s, int e, int fs) {
        b.body(s, e, fs);
    }

    /** {@return whether no details block has been opened yet} */
    boolean beforeDetails() {
        return this == BEFORE_AUTHORS || this == BODY;
    }

    /** {@return whether a details block is open} */
    boolean inDetails() {
        return this == AT_SUMMARY || this == IN_DETAILS;
    }
}
