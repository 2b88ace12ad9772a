package dev.arxivdigest.examples.search;

import dev.arxivdigest.archive.ArchiveProblem;
import dev.arxivdigest.archive.ArchivedPaper;
import dev.arxivdigest.archive.DigestArchive;
import dev.arxivdigest.archive.Sighting;
import dev.arxivdigest.archive.UniquePaper;
import dev.arxivdigest.archive.UniquePapers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A search index over an archive, with Apache Lucene: what a search page or a dashboard would copy.
 *
 * <p>Each unique paper of the archive is one document: title, TL;DR and abstract as text (the TL;DR
 * with a CJK analyzer, since upstream's summaries are in Chinese; the others with the standard
 * analyzer); the identifier and every category (the record's and those it was listed under) as
 * keywords (every category of every sighting, see {@link UniquePaper#categories()}); every day it was seen as a range-searchable point. {@link #search} answers "these
 * words, in this category, between these dates".
 *
 * <pre>
 * java -cp digest.jar dev.arxivdigest.examples.search.ArchiveSearchExample "diffusion model" cs.CV 2026-01-01 2026-03-31 ROOT...
 * </pre>
 *
 * <p>Not thread-safe to build; {@link #search} may be called from many threads once built.
 */
public final class ArchiveSearchExample implements AutoCloseable {

    /** Field names of the index. */
    static final String ID = "id";
    static final String CATEGORY = "category";
    static final String TITLE = "title";
    static final String TLDR = "tldr";
    static final String ABSTRACT = "abstract";
    static final String DAY = "day";
    static final String FIRST_DAY = "first_day";

    private final Directory directory;
    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int papers;

    /**
     * A hit: the paper's identifier and title, the first day it was seen, and its score.
     *
     * @param id the identifier
     * @param title the title
     * @param firstSeen the first day the paper was seen
     * @param score Lucene's score
     */
    public record Hit(String id, String title, LocalDate firstSeen, float score) {
    }

    private ArchiveSearchExample(Directory directory, Analyzer analyzer, int papers) throws IOException {
        this.directory = directory;
        this.analyzer = analyzer;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.papers = papers;
    }

    /** {@return the analyzer of each text field: CJK bigrams for the TL;DR, the standard analyzer otherwise} */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(TLDR, new CJKAnalyzer()));
    }

    /**
     * Indexes every unique paper of an archive into an index in memory.
     *
     * @param archive the archive
     * @param problems receives the problems of the archive's files
     * @return the index, ready to search
     * @throws IOException if Lucene fails
     */
    public static ArchiveSearchExample index(DigestArchive archive, List<ArchiveProblem> problems) throws IOException {
        Objects.requireNonNull(archive, "archive");
        UniquePapers unique = archive.unique(LocalDate.MIN, LocalDate.MAX, UniquePaper.Content.FIRST);
        problems.addAll(unique.problems());
        Directory dir = new ByteBuffersDirectory();
        Analyzer analyzer = analyzer();
        int n = 0;
        try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (UniquePaper u : unique.papers()) {
                writer.addDocument(document(u));
                n++;
            }
        }
        return new ArchiveSearchExample(dir, analyzer, n);
    }

    /** {@return the document of one paper} */
    static Document document(UniquePaper u) {
        ArchivedPaper p = u.content();
        Document doc = new Document();
        doc.add(new StringField(ID, u.id().map(Object::toString).orElse(u.first().file() + ":" + u.first().line()), Field.Store.YES));
        for (String c : u.categories()) {
            doc.add(new StringField(CATEGORY, c, Field.Store.YES));
        }
        doc.add(new TextField(TITLE, p.paper().title(), Field.Store.YES));
        p.paper().tldr().ifPresent(t -> doc.add(new TextField(TLDR, t, Field.Store.NO)));
        p.paper().abstractText().or(() -> p.record().flatMap(r -> r.summary()))
                .ifPresent(t -> doc.add(new TextField(ABSTRACT, t, Field.Store.NO)));
        for (LocalDate day : u.sightings().stream().map(Sighting::date).distinct().toList()) {
            doc.add(new LongPoint(DAY, day.toEpochDay()));
        }
        doc.add(new StoredField(FIRST_DAY, u.first().date().toEpochDay()));
        return doc;
    }

    /** {@return the number of papers indexed} */
    public int size() {
        return papers;
    }

    /**
     * Finds the papers with all these words (in the title, TL;DR or abstract), in a category, seen
     * on a day between two dates.
     *
     * @param words the words, as a user types them (Lucene's query syntax is not interpreted)
     * @param category the category, such as {@code cs.CV}, or empty for any
     * @param from the first day, included
     * @param to the last day, included
     * @param max the most hits returned
     * @return the hits, best first
     * @throws IOException if Lucene fails
     */
    public List<Hit> search(String words, Optional<String> category, LocalDate from, LocalDate to, int max) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (!words.isBlank()) {
            q.add(words(words), BooleanClause.Occur.MUST);
        }
        category.ifPresent(c -> q.add(new TermQuery(new Term(CATEGORY, c)), BooleanClause.Occur.FILTER));
        q.add(LongPoint.newRangeQuery(DAY, from.toEpochDay(), to.toEpochDay()), BooleanClause.Occur.FILTER);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : searcher.search(q.build(), Math.max(1, max)).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            hits.add(new Hit(d.get(ID), d.get(TITLE), LocalDate.ofEpochDay(d.getField(FIRST_DAY).numericValue().longValue()), sd.score));
        }
        return hits;
    }

    private Query words(String words) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, TLDR, ABSTRACT}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(QueryParser.escape(words));
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot search for: " + words, e);
        }
    }

    /** Closes the index. */
    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }

    /**
     * Indexes the archive of the roots and prints the hits.
     *
     * @param args {@code WORDS CATEGORY|- FROM TO ROOT...}
     * @throws IOException if Lucene fails
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        if (args.length < 5) {
            System.err.println("usage: ArchiveSearchExample WORDS CATEGORY|- FROM TO ROOT...");
            System.exit(2);
        }
        DigestArchive.Builder b = DigestArchive.builder();
        for (int i = 4; i < args.length; i++) {
            Path root = Path.of(args[i]);
            b.addSource(root.toAbsolutePath().normalize().getFileName().toString(), root);
        }
        List<ArchiveProblem> problems = new ArrayList<>();
        try (ArchiveSearchExample index = index(b.build(), problems)) {
            Optional<String> category = args[1].equals("-") ? Optional.empty() : Optional.of(args[1]);
            List<Hit> hits = index.search(args[0], category, LocalDate.parse(args[2]), LocalDate.parse(args[3]), 20);
            out.println(index.size() + " papers indexed, " + problems.size() + " problems; " + hits.size() + " hits:");
            for (Hit h : hits) {
                out.printf("%-12s %s  %s%n", h.id(), h.firstSeen(), h.title());
            }
        }
    }
}
