package dev.arxivdigest.archive;

import dev.arxivdigest.core.DigestParser;
import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Without a record, an archived paper's categories are every category its line shows (issue 10). */
class ArchivedPaperCategoriesTest {

    @Test
    void withoutARecordTheLineGivesEveryCategory() {
        Paper paper = DigestParser.builder().build().parse("### [1] [T](https://arxiv.org/abs/2509.00001)\n*A*\n\n"
                + "Categories: math.NA, cs.NA, 65R20\n\nTL;DR: v\n").papers().get(0);
        ArchivedPaper p = new ArchivedPaper(paper,
                new Sighting(LocalDate.of(2026, 9, 1), "fork", "", 1, Path.of("2026-09-01.md"), 1), Optional.empty());
        assertEquals(List.of("math.NA", "cs.NA", "65R20"), p.categories());
    }
}
