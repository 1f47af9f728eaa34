package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublicationDatesTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("labelled 발행 in a page header", """
                        환영해🦉
                        산업/비즈니스

                        “MS-오픈AI 위태로운 동맹?” CEO 발언 뒤 숨은 속내는

                        댓글 0 · 저장 0 · 편집: 이도윤 기자 발행: 2025.06.08 06:42
                        “MS-오픈AI 위태로운 동맹?” CEO 발언 뒤 숨은 속내는
                        MS는 2019년부터 약 18조 원을 오픈AI에 투자하며 거의 독점적인 파트너 관계를 유지해 왔습니다.
                        """, "2025-06-08"),
                Arguments.of("brunch byline in English", """
                        brunch

                        You can make anything
                        by writing

                        C.S.Lewis

                        by 신진상 Nov 22. 2023

                        샘 알트먼의 MS 이적 그리고 슈츠케버의 항복선언
                        MS는 11월 20일 알트먼의 영입 소식과 함께 드디어 올 타임 하이 기록을 찍었습니다.
                        """, "2023-11-22"),
                Arguments.of("입력 with a time", """
                        뉴스토마토
                        산업
                        머스크 vs 알트먼, 악연의 역사
                        안정훈 기자
                        입력 2023-01-24 11:15
                        두 사람은 2015년 오픈AI 창업 때부터 함께했던 개국공신입니다.
                        """, "2023-01-24"),
                Arguments.of("bare timestamp under a headline", """
                        AI타임스
                        산업
                        나델라와 알트먼, 멀어지는 브로맨스
                        임대준 기자
                        2024.07.10 18:09
                        2018년 한 행사에서 우연한 만남으로 시작한 이들의 관계는 2019년 본격화됐다.
                        """, "2024-07-10"),
                Arguments.of("기사입력 with a trailing dot", """
                        경제
                        오픈AI, 구글 클라우드와 손잡아
                        기사입력 2024.07.10.
                        지난 5월 오픈AI가 구글 클라우드와 손을 잡았습니다.
                        """, "2024-07-10"),
                Arguments.of("승인 label", "승인 2024.07.10\n본문 2023년 11월 17일 이사회가 열렸다.", "2024-07-10"),
                Arguments.of("입력 beats an earlier 수정", "수정 2024.07.12 09:00 입력 2024.07.10 18:09", "2024-07-10"),
                Arguments.of("최종수정 counts as an edit", "최종수정 2024.07.11 10:00 | 최초입력 2024.07.10 08:00", "2024-07-10"),
                Arguments.of("등록 beats 수정", "등록 2024-03-07 / 수정 2024-03-08", "2024-03-07"),
                Arguments.of("발행일시 with a colon", "발행일시: 2025.06.08 06:42", "2025-06-08"),
                Arguments.of("게재 with a Korean date", "게재 2024년 7월 10일 오전 9시", "2024-07-10"),
                Arguments.of("a label beats a body date", "MS는 2023.11.17 18:00 알트먼을 해임했다.\n발행 2025.06.08", "2025-06-08"),
                Arguments.of("a byline beats a bare timestamp", "by staff Nov 22, 2023\n2024.07.10 18:09 업데이트", "2023-11-22"),
                Arguments.of("no date at all", "샘 알트먼의 최종 정착지가 MS로 확정됐습니다.\n금요일 잘리고 월요일부터 출근하니", null),
                Arguments.of("only dates in the prose", "MS는 2019년 오픈AI에 10억 달러를 투자했다. 2023년 11월 17일 알트먼이 해임됐다.", null),
                Arguments.of("a bare date without label or time", "보고서(2024.07.10)에 따르면 매출이 늘었다.", null),
                Arguments.of("a label with an impossible date", "발행: 2025.13.08", null),
                Arguments.of("blank page", "   ", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void findsPrintedDate(String description, String page, String expected) {
        Optional<PartialDate> found = PublicationDates.findPrinted(page);

        assertThat(found.map(PartialDate::iso)).isEqualTo(Optional.ofNullable(expected));
        found.ifPresent(date -> assertThat(date.precision()).isEqualTo(Precision.DAY));
    }

    @ParameterizedTest(name = "null page")
    @MethodSource("nullPage")
    void nullPageHasNoDate(String page) {
        assertThat(PublicationDates.findPrinted(page)).isEmpty();
    }

    static Stream<String> nullPage() {
        return Stream.of((String) null);
    }
}
