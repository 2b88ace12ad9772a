package dev.arxivdigest.core.spec;

import java.nio.file.Path;

/**
 * One example of a spec file: a titled input and the dump the parser is expected to produce.
 *
 * @param file the spec file, relative to the spec directory
 * @param ordinal the position of the example in its file, from 0
 * @param title the example's {@code ##} heading
 * @param input the input bytes, escapes decoded
 * @param maxPaperLength the parser's paper length limit for this example, or 0 for the default
 * @param expected the expected dump, or empty if the example has no expected block yet
 */
record SpecExample(Path file, int ordinal, String title, byte[] input, int maxPaperLength, String expected) {

    /** {@return the file and the title, the name of the example's test} */
    @Override
    public String toString() {
        return file.toString().replace('\\', '/') + ": " + title;
    }
}
