package io.yeonpyo.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.yeonpyo.extraction.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDocumentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void readsFrontMatterAndKeepsTheBodyRaw() {
        String text = "---\nsource: AI타임스 (aitimes.com)\npublished: 2025-04\ntitle: \"MS와 오픈AI\"\n---\n"
                + "첫 문장이다.\n둘째 문장이다.\n";

        ArticleDocument document = ArticleDocument.parse("000_abc.txt", text, TODAY);

        assertThat(document.id()).isEqualTo("000_abc");
        assertThat(document.outlet()).isEqualTo("AI타임스 (aitimes.com)");
        assertThat(document.title()).isEqualTo("MS와 오픈AI");
        assertThat(document.published()).isEqualTo(PartialDate.ofMonth(2025, 4));
        assertThat(document.publishedOrigin()).isEqualTo(PublishedOrigin.FRONT_MATTER);
        assertThat(document.body()).isEqualTo("첫 문장이다.\n둘째 문장이다.\n");
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void withoutFrontMatterFindsThePrintedDate() {
        String text = "산업/비즈니스\n댓글 0 · 저장 0 · 편집: 이도윤 기자 발행: 2025.06.08 06:42\n본문이다.";

        ArticleDocument document = ArticleDocument.parse("002.txt", text, TODAY);

        assertThat(document.published()).isEqualTo(PartialDate.ofDay(2025, 6, 8));
        assertThat(document.publishedOrigin()).isEqualTo(PublishedOrigin.PRINTED_IN_TEXT);
        assertThat(document.body()).isEqualTo(text);
    }

    @Test
    void publishedUnknownWithNoPrintedDateLeavesTheDateOpenAndWarns() {
        ArticleDocument document = ArticleDocument.parse("x.txt", "---\npublished: unknown\n---\n지난달 계약했다.", TODAY);

        assertThat(document.published()).isNull();
        assertThat(document.publishedOrigin()).isEqualTo(PublishedOrigin.UNKNOWN);
        assertThat(document.warnings()).containsExactly(LoadNote.of("load.note.publishedUnknown"));
    }

    @Test
    void anImpossibleOrFuturePublishedDateIsReportedNotTrusted() {
        ArticleDocument impossible = ArticleDocument.parse("a.txt", "---\npublished: 2025-13\n---\n본문이다.", TODAY);
        ArticleDocument future = ArticleDocument.parse("b.txt", "---\npublished: 2031-01-01\n---\n본문이다.", TODAY);

        assertThat(impossible.published()).isNull();
        assertThat(impossible.warnings()).first().satisfies(note -> {
            assertThat(note.key()).isEqualTo("load.note.publishedInvalid");
            assertThat(note.args()).first().isEqualTo("2025-13");
        });
        assertThat(future.published()).isNull();
        assertThat(future.warnings()).containsExactly(LoadNote.of("load.note.publishedFuture", "2031-01-01"),
                LoadNote.of("load.note.publishedUnknown"));
    }

    @Test
    void windowsLineEndingsAreNormalised() {
        ArticleDocument document = ArticleDocument.parse("w.txt", "---\r\npublished: 2024-03-07\r\n---\r\n본문이다.\r\n",
                TODAY);

        assertThat(document.published()).isEqualTo(PartialDate.ofDay(2024, 3, 7));
        assertThat(document.body()).isEqualTo("본문이다.\n");
    }

    @Test
    void unclosedFrontMatterIsRejectedWithAReason() {
        assertThatThrownBy(() -> ArticleDocument.parse("u.txt", "---\npublished: 2025-01\n본문이다.", TODAY))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.note()).isEqualTo(LoadNote.of("load.note.frontMatterUnclosed")));
    }

    @Test
    void frontMatterLineWithoutColonIsRejectedWithItsLineNumber() {
        assertThatThrownBy(() -> ArticleDocument.parse("m.txt", "---\npublished: 2025-01\noops\n---\n본문.", TODAY))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.note()).isEqualTo(LoadNote.of("load.note.frontMatterLine", 2, "oops")));
    }

    @Test
    void anArticleWithNoTextIsRejected() {
        assertThatThrownBy(() -> ArticleDocument.parse("e.txt", "---\npublished: 2025-01\n---\n  \n", TODAY))
                .isInstanceOfSatisfying(InvalidArticleException.class,
                        e -> assertThat(e.note()).isEqualTo(LoadNote.of("load.note.noText")));
    }
}
