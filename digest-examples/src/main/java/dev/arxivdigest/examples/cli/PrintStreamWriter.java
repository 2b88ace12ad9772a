package dev.arxivdigest.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;

/**
 * A writer over a {@link PrintStream} that does not hide errors: a {@link PrintStream} swallows
 * every {@link IOException}, so {@link #flush()} asks it with {@link PrintStream#checkError()} and
 * throws if a write has failed since it was created.
 */
final class PrintStreamWriter extends Writer {

    private final PrintStream stream;

    PrintStreamWriter(PrintStream stream) {
        this.stream = stream;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        stream.append(java.nio.CharBuffer.wrap(chars, offset, length));
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        stream.append(s, offset, offset + length);
    }

    @Override
    public void flush() throws IOException {
        if (stream.checkError()) { // flushes, then tells whether any write failed
            throw new IOException("write error on standard output");
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
