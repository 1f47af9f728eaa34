package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence ends and page furniture, on text taken from the seed articles. */
class SentenceSplitterTest {

    @Test
    void splitsAtKoreanSentenceEndings() {
        assertThat(SentenceSplitter.sentencesOf("오픈AI가 지난 5월, 구글 클라우드와 손을 잡았습니다. AI 모델 훈련과 운영에 필요한 "
                + "컴퓨팅 자원을 확보하려는 의도로 해석됩니다. 단순한 협업처럼 보일 수 있지만, 이러한 행보는 이미 업계 내에서는 "
                + "어느 정도 예상돼 온 일이었습니다."))
                .containsExactly("오픈AI가 지난 5월, 구글 클라우드와 손을 잡았습니다.",
                        "AI 모델 훈련과 운영에 필요한 컴퓨팅 자원을 확보하려는 의도로 해석됩니다.",
                        "단순한 협업처럼 보일 수 있지만, 이러한 행보는 이미 업계 내에서는 어느 정도 예상돼 온 일이었습니다.");
    }

    @Test
    void splitsAfterEndingsInYoAndJyoAndQuestionMarks() {
        assertThat(SentenceSplitter.sentencesOf("구글 클라우드나 아마존웹서비스(AWS)와는 협력 계약조차 맺지 않았었죠. "
                + "그러면 오픈 AI는 살아남을 수 있을까요? 앞으로 MS가 돈을 더 태울까요? 저는 그럴 가능성은 적다고 생각합니다."))
                .containsExactly("구글 클라우드나 아마존웹서비스(AWS)와는 협력 계약조차 맺지 않았었죠.",
                        "그러면 오픈 AI는 살아남을 수 있을까요?", "앞으로 MS가 돈을 더 태울까요?",
                        "저는 그럴 가능성은 적다고 생각합니다.");
    }

    @Test
    void neverSplitsInsideNumbersOrDates() {
        assertThat(SentenceSplitter.sentencesOf("MS가 오픈AI에 제공하던 클라우드 인프라를 차단할 수 있는 상황에서 오픈AI는 "
                + "오라클과 4.5기가와트 규모 데이터센터 용량을 추가로 계약했습니다. 이는 GPU 수십만 개를 구동하는 규모예요."))
                .containsExactly("MS가 오픈AI에 제공하던 클라우드 인프라를 차단할 수 있는 상황에서 오픈AI는 오라클과 4.5기가와트 "
                        + "규모 데이터센터 용량을 추가로 계약했습니다.", "이는 GPU 수십만 개를 구동하는 규모예요.");
        assertThat(SentenceSplitter.sentencesOf("댓글 0 · 저장 0 · 편집: 이도윤 기자 발행: 2025.06.08 06:42")).hasSize(1);
        assertThat(SentenceSplitter.sentencesOf("by 신진상 Nov 22. 2023")).hasSize(1);
    }

    @Test
    void neverSplitsInsideQuotes() {
        String quoted = "그는 “오픈AI는 MS의 가장 큰 인프라 고객”이라며 “우리는 그들의 기술을 사용할 수 있어 매우 기쁘다. 정말이다”고 "
                + "말했습니다.";
        assertThat(SentenceSplitter.sentencesOf(quoted)).containsExactly(quoted);
        String straight = "하지만 나델라 CEO는 지난 2월 한 팟캐스트에 출연, \"AGI를 달성했다는 일부 주장은 터무니없다. 정말이다\"라고 "
                + "일축한 바 있다.";
        assertThat(SentenceSplitter.sentencesOf(straight)).containsExactly(straight);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            임대준 기자 ydj@aitimes.com                                         | CLUTTER
            2015년 12월 행사에 참석한 일론 머스크(왼쪽)와 샘 올트먼.             | CLUTTER
            [사진=로이터 연합뉴스] ▲나델라 CEO가 지난해 11월 기조연설을 하고 있다. | CLUTTER
            ▲ 올트먼 CEO가 발언하고 있다.                                      | CLUTTER
            [사진=연합뉴스] 마이크로소프트가 오픈AI에 투자했다.                  | BODY
            ▲2019년 7월 MS, 오픈AI에 10억달러 첫 투자                           | BODY
            2024년 3월 술레이먼 영입, 'MS AI' 조직 신설                         | BODY
            - 2023.11.21 구글, 앤트로픽에 20억달러 투자                          | BODY
            사티아 나델라 CEO(오른쪽)와 올트먼 CEO가 지난해 11월 무대에 올라 있다.  | BODY
            나델라 CEO(왼쪽)가 24일 샌프란시스코에서 올트먼을 만났다.             | BODY
            댓글 0 · 저장 0 · 편집: 이도윤 기자 발행: 2025.06.08 06:42          | CLUTTER
            댓글 0                                                              | CLUTTER
            관련 기사                                                           | CLUTTER
            콘텐츠 제공 : 바이라인네트워크(byline.network)                       | CLUTTER
            작가의 이전글 작년 최고 수익률의 헤지펀드가 올해 담은 종목은?         | CLUTTER
            브런치는 최신 브라우저에 최적화 되어있습니다. IE chrome safari        | CLUTTER
            총 투표수: 0                                                        | CLUTTER
            찬/반 투표                                                          | CLUTTER
            이 글은 괜찮은 뉵스(nextplay.kr)에도 실렸습니다.                     | CLUTTER
            by 신진상 Nov 22. 2023                                              | CLUTTER
            제보·문의: aipick@aipick.kr                                          | CLUTTER
            AI PICK 로고                                                        | CLUTTER
            brunch                                                              | CLUTTER
            ---                                                                 | CLUTTER
            You can make anything                                               | CLUTTER
            산업/비즈니스                                                        | CLUTTER
            - 알트먼·나델라, 다정한 셀카 게시..."우리 사이 변함없어"              | RELATED_HEADLINE
            - MS, 오픈AI에 2030년 이후에도 기술 사용 제안...조건은 지분 일부 포기 | RELATED_HEADLINE
            • 1 MS-오픈AI, 파트너십 변화 속 협력 강조                            | RELATED_HEADLINE
            · 오픈AI, 공익법인 전환 완료…MS 지분 27% (2025.10.29)                | RELATED_HEADLINE
            ■2018년=머스크가 이사회에서 물러났다.                                | BODY
            ■ 2023년 11월: 오픈AI 이사회가 올트먼을 해임했다. 닷새 뒤 복귀했다     | BODY
            - 구글은 앤트로픽에 20억달러를 투자했습니다.                          | BODY
            ▶ 2024년=머스크가 오픈AI를 상대로 소송을 냈고, 6월에 취하했다.        | BODY
            ◆ 규제 리스크는 여전                                                 | RELATED_HEADLINE
            샘 알트먼의 MS 이적 그리고 슈츠케버의 항복선언                        | HEADLINE
            오픈AI 영리화 놓고 이견                                              | HEADLINE
            MS는 왜 오픈AI랑 계속 가려는 걸까?                                   | HEADLINE
            ‘불화’를 활용하는 트럼프?                                            | HEADLINE
            “MS-오픈AI 위태로운 동맹?” CEO 발언 뒤 숨은 속내는                   | HEADLINE
            [AI 리포트] 오픈AI-MS, 새 계약 체결…AGI 조항 바뀐다                 | HEADLINE
            입력 2025.10.29 09:12 수정 2025.10.29 10:30 김철수 기자             | CLUTTER
            공유하기 페이스북 트위터 카카오톡                                    | CLUTTER
            저작권자 © AI리포트 무단전재 및 재배포 금지                          | CLUTTER
            두 사람의 불화는 이제 공공연한 사실이 됐습니다.                        | BODY
            머스크는 수개월 만에 고소를 취하했는데요.                              | BODY
            """)
    void classifiesAStandaloneLine(String line, SentenceKind kind) {
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(line);
        assertThat(pieces).isNotEmpty();
        assertThat(pieces.get(0).kind()).as(line).isEqualTo(kind);
    }

    @Test
    void aBylineUnderATitleIsNoEndAndAnInterviewAnswerIsText() {
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(String.join("\n",
                "\"머스크-오픈AI 소송, 이제 배심원이 따진다\"", "김기자 기자",
                "머스크가 낸 소송이 배심원 앞에 서게 됐다. 재판은 3월 시작된다.",
                "―사건은 어떻게 흘러왔나.", "\"머스크는 2024년 2월 소송을 냈다. 넉 달 뒤 취하했다.\""));
        assertThat(pieces).filteredOn(p -> p.kind() == SentenceKind.BODY).extracting(SentenceSplitter.Piece::text)
                .contains("머스크가 낸 소송이 배심원 앞에 서게 됐다.", "머스크는 2024년 2월 소송을 냈다.", "넉 달 뒤 취하했다.");
        SentenceSplitter.Piece question = pieces.stream().filter(p -> p.text().startsWith("―")).findFirst().orElseThrow();
        assertThat(pieces).filteredOn(p -> p.text().startsWith("넉 달")).singleElement()
                .satisfies(p -> assertThat(p.paragraph()).isEqualTo(question.paragraph()));
    }

    @Test
    void everythingAfterTheBylineIsFurniture() throws IOException {
        String text = Files.readString(Path.of("data/articles/002_8cb0b60f2621ad0c.txt"));
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(text);
        int byline = indexOf(pieces, "편집자: 이도윤 기자");
        assertThat(pieces.subList(byline, pieces.size()))
                .allSatisfy(p -> assertThat(p.kind()).as(p.text()).isEqualTo(SentenceKind.CLUTTER));
        assertThat(pieces.get(indexOf(pieces, "MS-오픈AI 관계, 진짜 위기일까?")).kind()).isEqualTo(SentenceKind.CLUTTER);
        assertThat(pieces.get(byline - 1).kind()).isEqualTo(SentenceKind.BODY);
        assertThat(pieces.stream().filter(p -> p.kind() == SentenceKind.RELATED_HEADLINE)).hasSize(3);
    }

    @Test
    void aWidgetWordInsideAParagraphDoesNotEndTheArticle() {
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split("오픈AI가 지난 5월, 구글 클라우드와 손을 잡았습니다.\n"
                + "챗GPT 구독자 규모가 MS 365 코파일럿의 구독자 규모를 압도했습니다. 페이스북도 비슷했습니다.\n"
                + "이후 MS는 2024년 7월, 오픈AI 이사회 옵저버 지위를 포기했습니다.");
        assertThat(pieces).extracting(SentenceSplitter.Piece::kind).containsOnly(SentenceKind.BODY);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"공유하기", "글자크기", "/사진=나델라 MS CEO 엑스(옛 트위터)",
            "사진: 일론 머스크 트위터", "hong@example.com", "카카오톡 페이스북"})
    void aShareButtonOrPhotoCreditBetweenParagraphsKeepsTheBody(String widget) {
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split("URL이 복사되었습니다. 원하는 곳에 붙여넣기 해주세요.\n"
                + "소프트뱅크가 오픈AI에 400억 달러를 투자했다. 투자는 두 차례로 나뉜다.\n" + widget + "\n"
                + "오라클은 20일 스타게이트 참여를 발표했다. 손정의 회장이 의장을 맡는다.\n"
                + "Copyright ⓒ 예시일보. 무단 전재 및 재배포 금지\n"
                + "다른 기사의 첫 문장이 이어졌다. 이것은 본문이 아니다.");
        assertThat(pieces.get(indexOf(pieces, "오라클은 20일 스타게이트 참여를 발표했다.")).kind()).isEqualTo(SentenceKind.BODY);
        assertThat(pieces.get(indexOf(pieces, "다른 기사의 첫 문장이 이어졌다.")).kind()).isEqualTo(SentenceKind.CLUTTER);
    }

    @Test
    void relatedHeadlinesAtTheEndAreNotBody() throws IOException {
        String text = Files.readString(Path.of("data/articles/000_d42f17f56210b79a.txt"))
                .replaceFirst("(?s)^---\\n.*?\\n---\\n", "");
        List<SentenceSplitter.Piece> pieces = SentenceSplitter.split(text);
        assertThat(pieces.stream().filter(p -> p.kind() == SentenceKind.RELATED_HEADLINE)).hasSize(9);
        assertThat(pieces.stream().filter(p -> p.kind() == SentenceKind.BODY).map(SentenceSplitter.Piece::text))
                .noneMatch(t -> t.startsWith("-") || t.contains("@"))
                .contains("또 오픈AI는 소프트뱅크라는 대안을 만들었다.");
    }

    @Test
    void analyzerKeepsEverySentenceWithStableIndexes() throws IOException {
        String text = Files.readString(Path.of("data/articles/003_ec831ef58c6864ef.txt"));
        ArticleAnalyzer analyzer = new ArticleAnalyzer(Lexicon.load(Path.of("data")));
        AnalyzedArticle first = analyzer.analyze(text, PartialDate.parse("2023-11-22"));
        AnalyzedArticle second = analyzer.analyze(text, PartialDate.parse("2023-11-22"));
        assertThat(first.sentences()).isEqualTo(second.sentences());
        for (int i = 0; i < first.sentences().size(); i++) {
            assertThat(first.sentences().get(i).index()).isEqualTo(i);
        }
        assertThat(first.mentions()).allSatisfy(m ->
                assertThat(first.sentences().get(m.sentenceIndex()).kind()).isEqualTo(SentenceKind.BODY));
        // the page title is not an event of the article
        assertThat(first.sentences().stream().filter(s -> s.text().equals("샘 알트먼의 MS 이적 그리고 슈츠케버의 항복선언")))
                .singleElement().extracting(AnalyzedSentence::kind).isEqualTo(SentenceKind.HEADLINE);
    }

    private static int indexOf(List<SentenceSplitter.Piece> pieces, String text) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no piece '" + text + "'");
    }
}
