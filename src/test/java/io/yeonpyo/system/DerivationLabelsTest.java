package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.yeonpyo.extraction.Derivation;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivationLabelsTest {

    private static final Set<String> RENDERED = new HashSet<>();

    private final DerivationLabels derivations = new DerivationLabels(DateLabelsTest.bundles());

    /** Each rule with its arguments (comma-separated) and what it builds on ("rule: args"), in Korean and English. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            resolved.absolute                   | 2019년,2019                        | -                                        | '2019년' → 2019                                              | written as a date: 2019
            resolved.absolute.noted             | 2026년 봄,2026/EARLY               | note.spring                              | '2026년 봄' (계절 봄 → 연초(EARLY)) → 2026/EARLY              | written as a date (spring → early in the year): 2026/EARLY
            resolved.publication                | 지난달,2025-06,2025-07             | -                                        | '지난달' (발행 2025-07 기준) → 2025-06                         | counted from the publication date 2025-07 → 2025-06
            resolved.publication.noted          | 29일(현지시간),2025-04-29,2025-04  | note.dayOfPublicationMonth               | '29일(현지시간)' (발행 2025-04 기준, 발행 월의 날짜로 가정) → 2025-04-29 | counted from the publication date 2025-04 (assumed to be a day of the publication month) → 2025-04-29
            resolved.publicationDay             | 이날,2023-11-22,2023-11-22         | -                                        | '이날' (발행일 2023-11-22 기준) → 2023-11-22                   | counted from the publication day 2023-11-22 → 2023-11-22
            resolved.previous                   | 닷새 만,2023-11-22,2023-11-17      | -                                        | '닷새 만' (앞선 날짜 2023-11-17 기준) → 2023-11-22             | counted from the date given before, 2023-11-17 → 2023-11-22
            resolved.previous.noted             | 며칠 만,2023-11,2023-11-17         | note.someDaysLater                       | '며칠 만' (앞선 날짜 2023-11-17 기준, 며칠 뒤라 달까지만) → 2023-11 | counted from the date given before, 2023-11-17 (a few days later, so the month only) → 2023-11
            resolved.publication.noted          | 상반기,2025/EARLY,2025-07          | note.firstHalf                           | '상반기' (발행 2025-07 기준, 상반기(1~6월)를 연초(EARLY)로 근사) → 2025/EARLY | counted from the publication date 2025-07 (the first half (January to June) taken as early in the year) → 2025/EARLY
            resolved.publication.noted          | 하반기,2025/LATE,2025-07           | note.secondHalf                          | '하반기' (발행 2025-07 기준, 하반기(7~12월)를 연말(LATE)로 근사) → 2025/LATE | counted from the publication date 2025-07 (the second half (July to December) taken as late in the year) → 2025/LATE
            resolved.absolute.noted             | 2025년 여름,2025/MID               | note.summer                              | '2025년 여름' (계절 여름 → 연중(MID)) → 2025/MID              | written as a date (summer → mid-year): 2025/MID
            resolved.absolute.noted             | 2025년 가을,2025/LATE              | note.autumn                              | '2025년 가을' (계절 가을 → 연말(LATE)) → 2025/LATE            | written as a date (autumn → late in the year): 2025/LATE
            resolved.absolute.noted             | 2025년 겨울,2025/LATE              | note.winter                              | '2025년 겨울' (계절 겨울 → 연말(LATE)로 근사) → 2025/LATE      | written as a date (winter taken as late in the year): 2025/LATE
            resolved.publication.noted          | 지난주,2025-07,2025-07             | note.lastWeekAsMonth                     | '지난주' (발행 2025-07 기준, 주 단위가 없어 발행 월로 표시, 발행 첫 주라면 전달일 수 있음) → 2025-07 | counted from the publication date 2025-07 (no week precision, shown as the publication month; in its first week it may be the month before) → 2025-07
            resolved.publication.noted          | 이번 주,2025-07,2025-07            | note.thisWeekAsMonth                     | '이번 주' (발행 2025-07 기준, 주 단위가 없어 발행 월로 표시) → 2025-07 | counted from the publication date 2025-07 (no week precision, shown as the publication month) → 2025-07
            resolved.publication.noted          | 지난주,2023-11,2023-11-22          | note.lastWeekAsMonthOf: 2023-11-15       | '지난주' (발행 2023-11-22 기준, 주 단위가 없어 7일 전 2023-11-15의 달로 표시) → 2023-11 | counted from the publication date 2023-11-22 (no week precision, shown as the month of 2023-11-15, seven days before) → 2023-11
            resolved.publication.noted          | 이번 주,2023-11,2023-11-22         | note.thisWeekAsMonthOf: 2023-11-22       | '이번 주' (발행 2023-11-22 기준, 주 단위가 없어 발행일 2023-11-22의 달로 표시) → 2023-11 | counted from the publication date 2023-11-22 (no week precision, shown as the month of the publication day 2023-11-22) → 2023-11
            resolved.publication.noted          | 11월 20일,2023-11-20,2023-11       | note.withinPublicationMonth              | '11월 20일' (발행 2023-11 기준, 발행 월 안의 날짜로 가정) → 2023-11-20 | counted from the publication date 2023-11 (assumed to lie within the publication month) → 2023-11-20
            failed.notInCalendar            | 2월 30일,을                        | -                                        | 달력에 없는 날짜라 '2월 30일'을 풀 수 없음                      | not resolved: no such day in the calendar
            failed.noSuchDay                | 지난달 31일,을,2025-06,31          | -                                        | 2025-06에는 31일이 없어 '지난달 31일'을 풀 수 없음              | not resolved: 2025-06 has no day 31
            failed.noPreviousDate           | 닷새 만,을                         | -                                        | 앞선 날짜가 없어 '닷새 만'을 풀 수 없음                          | not resolved: no date was given before
            failed.previousYearOnly         | 같은 달,을                         | -                                        | 앞선 날짜가 연도뿐이라 '같은 달'을 풀 수 없음                    | not resolved: the date given before is only a year
            failed.previousNotDay           | 닷새 만,을                         | -                                        | 앞선 날짜가 일 단위가 아니라 '닷새 만'을 풀 수 없음              | not resolved: the date given before is not a day
            failed.afterPublication         | 닷새 만,을                         | -                                        | 앞선 날짜에서 세면 발행일 뒤라 '닷새 만'을 풀 수 없음            | not resolved: counted from the date given before, it falls after the publication
            failed.noReferent               | 이날,을                            | -                                        | 가리키는 날짜가 없어 '이날'을 풀 수 없음                         | not resolved: there is no date it refers to
            failed.unknownPublication       | 올해,를                            | -                                        | 발행일을 알 수 없어 '올해'를 풀 수 없음                          | not resolved: the publication date is unknown
            failed.publicationYearOnly      | 지난달,을,2025                     | -                                        | 발행일이 연도(2025)까지만 알려져 '지난달'을 풀 수 없음           | not resolved: the publication date is known only to the year (2025)
            failed.publicationMonthOnly     | 금요일,을,2025-07                  | -                                        | 발행일이 월(2025-07)까지만 알려져 '금요일'을 풀 수 없음          | not resolved: the publication date is known only to the month (2025-07)
            contract.term                   | 2030년까지,2030                    | -                                        | 계약 기한: '2030년까지' → 2030                                  | end of the contract term → 2030
            deal.condition                  | 2030년까지,2030                    | -                                        | 조건 기한: '2030년까지' → 2030                                  | deadline of a condition of the deal → 2030
            carried.previous                | -                                  | resolved.absolute: 2019년,2019               | 앞 문장의 날짜를 이어받음: '2019년' → 2019                       | carried over from the sentence before: written as a date: 2019
            section.heading                 | 3월 10일                           | resolved.publication: 3월 10일,2025-03-10,2025-10-08 | 소제목의 날짜 '3월 10일': '3월 10일' (발행 2025-10-08 기준) → 2025-03-10 | dated by its section heading: counted from the publication date 2025-10-08 → 2025-03-10
            lead.publication                | 2024-03-01                         | -                                        | 기사 첫머리의 사건, 날짜 표현 없음 → 발행일 2024-03-01            | the lead event of the article, with no date expression → publication date 2024-03-01
            lead.sameActLater               | 지난 1일                           | -                                        | 기사 첫머리의 사건, 다음 문장이 같은 사건의 날짜를 밝힘: 지난 1일 | the lead event of the article, dated by a later sentence telling the same act
            lead.reportDay                  | 23일(현지시간)                     | resolved.publication: 23일(현지시간),2024-02-23,2024-02-25 | 기사 첫머리의 사건, 보도일 '23일(현지시간)': '23일(현지시간)' (발행 2024-02-25 기준) → 2024-02-23 | the lead event of the article, dated by the day of the report: counted from the publication date 2024-02-25 → 2024-02-23
            lead.sameNews                   | -                                  | -                                        | 기사 첫머리 소식의 일부(현재형으로 전함), 첫머리 사건의 날짜를 따름 | part of the lead news of the article (told in the present tense), dated like the lead event
            stored                          | '2019년' → 2019                    | -                                        | '2019년' → 2019                                              | '2019년' → 2019
            """)
    void wordsEachRuleInKoreanAndEnglish(String rule, String args, String nested, String korean, String english) {
        Derivation derivation = new Derivation(rule, list(args), nested == null ? null : parse(nested));

        assertThat(derivations.text(derivation, Locale.KOREAN)).isEqualTo(korean);
        assertThat(derivations.text(derivation, Locale.ENGLISH)).isEqualTo(english);
        RENDERED.add(rule);
        if (nested != null) {
            RENDERED.add(parse(nested).rule());
        }
    }

    @Test
    void noDerivationNoWords() {
        assertThat(derivations.text(null, Locale.KOREAN)).isNull();
    }

    /** Every derivation key of the bundle is worded above: a rule added without a row fails here. */
    @AfterAll
    static void everyRuleHasARow() throws IOException {
        Properties korean = new Properties();
        try (InputStream in = DerivationLabelsTest.class.getResourceAsStream("/messages.properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            korean.load(reader);
        }
        Set<String> rules = korean.stringPropertyNames().stream().filter(key -> key.startsWith("derivation."))
                .map(key -> key.substring("derivation.".length())).collect(Collectors.toSet());
        assertThat(RENDERED).containsAll(rules);
    }

    private static Derivation parse(String ruleAndArgs) {
        int colon = ruleAndArgs.indexOf(':');
        return colon < 0 ? Derivation.of(ruleAndArgs)
                : new Derivation(ruleAndArgs.substring(0, colon), list(ruleAndArgs.substring(colon + 1).strip()), null);
    }

    private static List<String> list(String args) {
        return args == null ? List.of() : Arrays.asList(args.split(","));
    }
}
