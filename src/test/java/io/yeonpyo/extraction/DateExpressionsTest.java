package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateExpressionsTest {

    @ParameterizedTest(name = "[{index}] {0} (발행 {1}) → {3} {4}")
    @CsvFileSource(resources = "/extraction/date-expressions.csv", delimiter = '|', numLinesToSkip = 1)
    void findsAndResolves(String sentence, String published, String context, String text, String iso,
                          Precision precision, Qualifier qualifier, int count) {
        List<DateMention> mentions = DateExpressions.find(sentence, anchor(published), anchor(context));

        assertThat(mentions).as("mentions in '%s': %s", sentence, mentions).hasSize(count);
        if (text == null) {
            return;
        }
        DateMention mention = mentions.stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + mentions));
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo(text);
        assertThat(mention.derivation()).isNotBlank();
        if (iso == null) {
            assertThat(mention.resolved()).as(mention.derivation()).isNull();
            return;
        }
        assertThat(mention.resolved()).as(mention.derivation()).isNotNull();
        assertThat(mention.resolved().iso()).as(mention.derivation()).isEqualTo(iso);
        assertThat(mention.resolved().precision()).isEqualTo(precision);
        assertThat(mention.resolved().qualifier()).as(mention.derivation()).isEqualTo(qualifier);
    }

    @ParameterizedTest(name = "{0} (발행 {1})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            지난달 발표       | 2025-07    | '지난달' (발행 2025-07 기준) → 2025-06
            2019년 투자       | 2025-07    | '2019년' → 2019
            2019년 투자       | none       | '2019년' → 2019
            지난달 발표       | none       | 발행일을 알 수 없어 '지난달'을 풀 수 없음
            올해 발표         | none       | 발행일을 알 수 없어 '올해'를 풀 수 없음
            금요일 발표       | 2025-07    | 발행일이 월(2025-07)까지만 알려져 '금요일'을 풀 수 없음
            2월 30일 발표     | 2025-07    | 달력에 없는 날짜라 '2월 30일'을 풀 수 없음
            29일(현지시간) 발표 | 2025-04  | '29일(현지시간)' (발행 2025-04 기준, 발행 월의 날짜로 가정) → 2025-04-29
            2026년 봄 가동    | 2025-07    | '2026년 봄' (계절 봄 → 연초(EARLY)) → 2026/EARLY
            상반기 출시       | 2025-07    | '상반기' (발행 2025-07 기준, 상반기(1~6월)를 연초(EARLY)로 근사) → 2025/EARLY
            지난주 발표       | 2023-11-22 | '지난주' (발행 2023-11-22 기준, 주 단위가 없어 7일 전 2023-11-15의 달로 표시) → 2023-11
            """)
    void explainsDerivation(String sentence, String published, String derivation) {
        List<DateMention> mentions = DateExpressions.find(sentence, anchor(published), null);

        assertThat(mentions).singleElement().extracting(DateMention::derivation).isEqualTo(derivation);
    }

    @Test
    void elapsedDaysExplainTheirBasis() {
        List<DateMention> mentions = DateExpressions.find("닷새 만에 복귀", PartialDate.parse("2023-11-22"),
                PartialDate.parse("2023-11-17"));

        assertThat(mentions).singleElement().extracting(DateMention::derivation)
                .isEqualTo("'닷새 만' (앞선 날짜 2023-11-17 기준) → 2023-11-22");
    }

    @Test
    void listsMentionsLeftToRightWithoutOverlap() {
        String sentence = "2023년 11월 17일 해임된 알트먼은 닷새 만에 복귀했고, 지난해 말 MS는 11월 20일 발표를 되풀이했다";

        List<DateMention> mentions = DateExpressions.find(sentence, PartialDate.parse("2024-02"), PartialDate.parse("2023-11-17"));

        assertThat(mentions).extracting(DateMention::text)
                .containsExactly("2023년 11월 17일", "닷새 만", "지난해 말", "11월 20일");
        assertThat(mentions).extracting(m -> m.resolved().toString())
                .containsExactly("2023-11-17", "2023-11-22", "2023/LATE", "2023-11-20");
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).start()).isGreaterThanOrEqualTo(mentions.get(i - 1).end());
        }
    }

    @Test
    void survivesLongRepetitiveText() {
        assertThat(DateExpressions.find("11월 ".repeat(5000), PartialDate.parse("2025-07"), null))
                .hasSize(5000).allSatisfy(m -> assertThat(m.resolved()).isEqualTo(PartialDate.ofMonth(2024, 11)));
        assertThat(DateExpressions.find("지난 현지시간 (".repeat(5000), PartialDate.parse("2025-07"), null)).isEmpty();
    }

    @Test
    void emptyOrMissingSentenceHasNoDates() {
        assertThat(DateExpressions.find("", null, null)).isEmpty();
        assertThat(DateExpressions.find(null, null, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0월 0일", "99월 99일", "2월 31일(현지시간)", "9999년 99월 99일", "31일 31일 31일", "(((",
            "지난지난해", "일요일(31일)", "2100년 12월 31일 오후 99시99분", "며칠 만 며칠 만", "2024..03..07"})
    void neverThrows(String sentence) {
        for (String published : List.of("none", "2025", "2025-04", "2025-06-08")) {
            assertThatCode(() -> DateExpressions.find(sentence, anchor(published), anchor(published)))
                    .doesNotThrowAnyException();
        }
    }

    private static PartialDate anchor(String iso) {
        return iso == null || iso.equals("none") ? null : PartialDate.parse(iso);
    }
}
