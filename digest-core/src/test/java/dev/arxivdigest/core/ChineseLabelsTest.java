package dev.arxivdigest.core;

import dev.arxivdigest.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Chinese labels land in their own fields: 动机 motivation, 方法 method, 结果 result, 结论 conclusion. */
class ChineseLabelsTest {

    @Test
    void eachChineseLabelFillsItsOwnField() {
        String md = ProblemPositionsTest.ONE
                .replace("Motivation: motivation 1", "**动机:** 动机文本")
                .replace("Method: method 1", "**方法:** 方法文本")
                .replace("Result: result 1", "**结果:** 结果文本")
                .replace("Conclusion: conclusion 1", "**结论:** 结论文本");
        Paper p = DigestParser.builder().build().parse(md).papers().get(0);
        assertEquals(Optional.of("动机文本"), p.motivation());
        assertEquals(Optional.of("方法文本"), p.method());
        assertEquals(Optional.of("结果文本"), p.result());
        assertEquals(Optional.of("结论文本"), p.conclusion());
        assertEquals(List.of(), DigestParser.builder().build().parse(md).problems().stream()
                .filter(x -> x.severity() != dev.arxivdigest.model.Severity.INFO).toList());
    }
}
