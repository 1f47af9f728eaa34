package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names found in text, in order: {@code id} an actor, {@code ~id} a product of that company, {@code @id} a company
 * named only as someone's employer, {@code people}/{@code companies}/{@code he} a pronoun-like reference. Empty: nothing.
 */
class ActorMatcherTest {

    private static ActorMatcher matcher;

    @BeforeAll
    static void load() {
        matcher = new ActorMatcher(Lexicon.load(Path.of("data")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            알트먼은 주말에 결정을 내렸다                         | sam-altman
            머스크는 X에 "돈이 없다"고 적었다                       | elon-musk
            올트먼은 엑스(X)에 글을 올려 반박했다                   | sam-altman
            나델라는 X 계정에 올트먼의 합류를 밝혔다                | satya-nadella sam-altman
            머스크는 트위터를 통해 소송 계획을 밝혔다               | elon-musk
            머스크는 트위터에 440억 달러 인수를 제안했다            | elon-musk x-corp
            X는 지난해 xAI에 합병됐다                               | x-corp xai
            올트먼이 세계를 돌았다                                | sam-altman
            샘 알트먼 오픈AI CEO가 거절했다                       | sam-altman @openai
            셈 알트먼과 가까운 사람                               | sam-altman
            Sam Altman said                                       | sam-altman
            오픈AI가 지난 5월 손을 잡았다                          | openai
            오픈 AI의 운명                                        | openai
            OpenAI와 Microsoft                                     | openai microsoft
            마이크로소프트(MS)와 오픈AI                            | microsoft openai
            MS에도 좋은 날                                        | microsoft
            MSFT 주가                                             | microsoft
            SMS 인증과 MSN 메신저                                 | ``
            엑스AI와 xAI는 같은 회사                               | xai xai
            슐레이먼과 술레이먼, 술레이만                          | mustafa-suleyman mustafa-suleyman mustafa-suleyman
            슈츠케버 슈츠케바 슈스케바 일리야 수츠케버             | ilya-sutskever ilya-sutskever ilya-sutskever ilya-sutskever
            사티야 나델라와 샤티아 나델라는 같은 사람              | satya-nadella satya-nadella
            손정의 회장은 투자를 약속했다                          | masayoshi-son
            소프트뱅크그룹 손정의 회장은                           | @softbank masayoshi-son
            일론 머스크 테슬라 최고경영자(CEO)의 오픈AI 인수 제안  | elon-musk @tesla openai
            구글 딥마인드 창립자인 무스타파 슐레이먼 인플렉션 CEO를 | @deepmind mustafa-suleyman @inflection
            마크 베니오프 세일즈포스 CEO는                         | marc-benioff @salesforce
            오픈AI의 창업자이자 경영자인 샘 올트먼은               | @openai sam-altman
            MS CEO는 회의적인 태도를 보였다                        | microsoft
            도널드 트럼프 행정부 2기 출범 후                       | @donald-trump
            트럼프 대통령은 머스크를 신뢰한다                      | donald-trump elon-musk
            스페이스X와 테슬라                                     | spacex tesla
            X(구 트위터)를 자신이 사겠다고                         | x-corp
            구글에서 일했다                                        | google
            구글링으로 찾았다                                      | ``
            메타버스 사업과 메타의 AI                              | meta
            애플로 치면 스티브 위즈니악입니다                      | apple steve-wozniak
            '챗GPT' 출시를 통해                                   | ~openai
            챗 GPT에게 물었다                                      | ~openai
            일론 머스크의 AI '그록'을 지원한다                     | elon-musk ~xai
            MS의 애저(Azure)가 전담해 왔다                         | microsoft ~microsoft
            MS 365 코파일럿의 구독자                               | ~microsoft
            두 사람은 2015년 오픈AI를 창업했다                     | people openai
            양사는 과거 파트너십을 맺었다                          | companies
            세 회사는 합작사를 세웠다                              | companies
            세 사람은 함께 회사를 떠났다                           | people company
            이들은 셀카를 올렸다                                   | people
            이사회 의장과 공동창업자, 그리고 CEO                   | ``
            그간 협력해 왔고 그러나 그동안 그렇게                  | ``
            그는 MS가 중요한 공급자라고 인정했다                   | he microsoft
            그 회사는 그 결과를 발표했다                           | company
            자회사를 세웠고 회사채를 발행했다                       | ``
            회사의 가치가 올랐다                                   | ``
            “그(머스크)는 한 명을 싫어한다”                        | he elon-musk
            법원은 이를 기각했다                                   | this
            이 기관은 올해 법인을 세웠다                           | company
            해당 기업이 투자를 받았다                              | company
            그 스타트업을 인수했다                                 | company
            이 기술은 새롭다                                       | ``
            새 회사를 세웠다                                       | ``
            머스크는 이사회에서 물러났다                           | elon-musk board
            오픈AI 이사회는 그를 해임했다                          | openai he
            MS의 이사회를 떠났다                                   | microsoft
            이사회의 결정은 만장일치였다                           | board
            다른 회사로 옮겼다                                     | ``
            기관 투자자들은 움직이지 않았다                        | ``
            오픈AI는 이를 두고 MS와 다퉜다                         | openai this microsoft
            이를테면 MS는                                          | microsoft
            그리고 이들을 영입했다                                 | people
            MS가 ‘유럽의 오픈에이아이(AI)’로 불리는 미스트랄과 손잡았다 | microsoft mistral-ai
            중국판 엔비디아로 꼽히는 딥시크에 구글이 투자했다       | deepseek google
            '제2의 테슬라'라고 불리는 업체                         | ``
            일본의 소프트뱅크로 통하는 그룹                        | ``
            오픈AI로 불리는 회사                                   | openai
            한국의 MS와 구글                                       | microsoft google
            """)
    void findsNames(String text, String expected) {
        List<String> found = matcher.find(text).stream().map(ActorMatcherTest::render).toList();
        List<String> wanted = expected == null || expected.isBlank() ? List.of() : List.of(expected.strip().split("\\s+"));
        assertThat(found).as(text).isEqualTo(wanted);
    }

    private static String render(ActorMatcher.Match m) {
        return switch (m.role()) {
            case ACTOR -> m.actorId();
            case PRODUCT -> "~" + m.actorId();
            case AFFILIATION -> "@" + m.actorId();
            case PEOPLE_PRONOUN -> "people";
            case COMPANY_PRONOUN -> "companies";
            case PERSON_PRONOUN -> "he";
            case BOARD_NOUN -> "board";
            case ACT_PRONOUN -> "this";
            case COMPANY_NOUN -> "company";
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            에서도 | true
            과의   | true
            으로부터 | true
            링으로 | false
            버스   | false
            """)
    void particlesAfterShortNames(String run, boolean particles) {
        assertThat(ActorMatcher.particlesOnly(run)).isEqualTo(particles);
    }
}
