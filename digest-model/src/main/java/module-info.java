/**
 * The immutable records of a parsed arXiv digest: {@code Digest}, {@code Category}, {@code Paper},
 * {@code Details}, {@code Section}, {@code Problem} and their parts. No dependencies.
 */
module dev.arxivdigest.model {
    exports dev.arxivdigest.model;
}
