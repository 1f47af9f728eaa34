package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unlisted names in one sentence, with the kind and role their neighbours say and whether a case particle makes them
 * a party. Sentences written for the test; each found name reads {@code name/kind/role/argument}, "-" for nothing.
 */
class NameCandidatesTest {

    private static final Lexicon LEXICON = Lexicon.load(Path.of("data"));
    private static final NameCandidates NAMES = new NameCandidates(DiscoveryWords.load(Path.of("data")),
            LEXICON.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).map(ActorEntry::id)
                    .collect(Collectors.toSet()));
    private static final SentenceTokens TOKENS = new SentenceTokens(LEXICON.noriUserDictionary());
    private static final ActorMatcher LISTED = new ActorMatcher(LEXICON);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            이본 곤잘레스 로저스 판사는 머스크의 요청을 기각했다      | 이본 곤잘레스 로저스/PERSON/판사/true
            오픈AI의 변호사 윌리엄 새비트는 서한을 보냈다             | 윌리엄 새비트/PERSON/변호사/true
            변호사 윌리엄 새비트가 서한을 보냈다                      | 윌리엄 새비트/PERSON/변호사/true
            스콧 CTO는 이에 대해 말했다                              | 스콧/PERSON/CTO/true
            브래드 스미스 부회장 겸 사장은 성명을 냈다                | 브래드 스미스/PERSON/부회장/true
            호주 경쟁소비자위원회(ACCC)는 조사에 착수했다              | 경쟁소비자위원회/COMPANY/-/true
            EU는 질의서를 발송했다                                   | EU/COMPANY/-/true
            시본 질리스의 변호인단은 신청서를 냈다                    | 시본 질리스/-/-/true
            시본 질리스의 회사를 방문했다                             | 시본 질리스/-/-/false
            피터 틸, 리드 호프먼 등이 참여했다                        | 피터 틸/-/-/true; 리드 호프먼/-/-/true
            기업인 와이콤비네이터 대표 샘 알트만과 함께 세웠다         | 와이콤비네이터/COMPANY/-/false
            모건 스탠리와 협력하고 있다                               | 모건 스탠리/-/-/true
            [한빛일보 김민수 기자] 오픈AI가 투자를 유치했다            | none
            CEO는 말했다                                            | none
            최근 트럼프 대통령에게 제안했다                           | none
            셰익스피어 작품을 인용했다                                | none
            최대 투자자인 MS가 반대했다                               | none
            미국 캘리포니아주 법원은 신청을 기각했다                   | none
            마리아 로페즈 구글 최고재무책임자(CFO)가 실적을 발표했다     | 마리아 로페즈/PERSON/최고재무책임자/true
            토마스 베커 전 독일 재무장관과 면담했다                    | 토마스 베커/PERSON/재무장관/true
            조너선 와일드 등 다른 이사들은 자리에서 물러났다            | 조너선 와일드/PERSON/이사/true
            피터 헤이든 구글 회장, 마이클 로스 아마존 사장과 만났다      | 피터 헤이든/PERSON/회장/true; 마이클 로스/PERSON/사장/true
            일론 머스크 CEO 해임 요구가 나왔다                         | none
            머스크의 변호사 제임스 카터가 서한을 보냈다                 | 제임스 카터/PERSON/변호사/true
            데이비드 오언 연구소장이 자문을 맡는다                      | 데이비드 오언/PERSON/연구소장/true
            구글과 로웰 에쿼티 파트너스 등이 참여했다                   | 로웰 에쿼티 파트너스/COMPANY/-/true
            관련 파트너스는 답하지 않았다                              | none
            세계무역기구(WTO) 분쟁해결위원회는 판정을 내렸다           | 세계무역기구 분쟁해결위원회/COMPANY/-/true
            구글, Arm 등과 손잡았다                                   | Arm/COMPANY/-/true
            Arm 등과 손잡았다                                         | none
            주말 동안 투자자들은 복귀를 압박했다                        | none
            지난 한 주 동안 투자자들이 몰렸다                           | none
            이사회는 트위치 공동창업자 에밋 시어를 임시 CEO로 앉혔다     | 트위치/COMPANY/-/false; 에밋 시어/PERSON/공동창업자/true
            머스크는 샌프란시스코 주법원에 소송을 냈다                  | none
            구글은 텐서처리장치(TPU)를 빌려준다                        | none
            또 다른 스타트업 코그니션이 나머지를 인수했다               | 코그니션/COMPANY/스타트업/true
            이어 업체 글린스카가 투자를 받았다                          | 글린스카/COMPANY/업체/true
            윈드서프의 바룬 모한 CEO와 함께 떠났다                      | 윈드서프/-/-/false; 바룬 모한/PERSON/CEO/true
            회사는 제이슨 드로게 최고전략책임자에게 맡겼다               | 제이슨 드로게/PERSON/최고전략책임자/true
            창업자로서 책임을 느낀다고 말했다                           | none
            인플렉션은 같은 날 션 화이트를 새 CEO로 선임했다             | 션 화이트/-/-/true
            회사는 이튿날 새벽 마이클 블룸을 고문으로 불렀다              | 마이클 블룸/-/-/true
            롭 본타 캘리포니아주 법무장관은 성명을 냈다                  | 롭 본타/PERSON/법무장관/true
            머스크가 쓴 글을 본 투자자들이 몰렸다                        | none
            오픈AI는 공익법인(PBC)으로 바뀐다                          | none
            오픈AI는 컴퓨팅을 조달하고 있다                            | none
            SK텔레콤은 오픈AI와 양해각서를 교환했다                     | SK텔레콤/COMPANY/-/true
            LG전자와 구글이 손잡았다                                   | LG전자/COMPANY/-/true
            최태원 SK그룹 회장이 함께했다                              | 최태원/PERSON/회장/true; SK그룹/COMPANY/-/false
            신동빈 롯데그룹 회장은 투자를 발표했다                      | 신동빈/PERSON/회장/true; 롯데그룹/COMPANY/-/false
            한화그룹 김승연 회장을 만났다                              | 한화그룹/COMPANY/-/false; 김승연/PERSON/회장/true
            IT 업계가 반발했다                                         | none
            정신아 카카오 대표는 협력 방안을 논의했다                   | 정신아/PERSON/대표/true; 카카오/COMPANY/-/false
            유영상 SK텔레콤 대표가 참석했다                             | 유영상/PERSON/대표/true; SK텔레콤/COMPANY/-/false
            협약식에는 정신아 대표도 나왔다                             | 정신아/PERSON/대표/true
            이번에 정부 대표는 참석하지 않았다                          | none
            교도통신이 이를 보도했다                                    | none
            싱킹머신랩이 출범했다                                       | 싱킹머신랩/COMPANY/-/true
            새 스타트업 '싱킹머신랩'을 출범했다                          | 싱킹머신랩/COMPANY/-/true
            새 회사 “리플렉션랩”이 문을 열었다                           | 리플렉션랩/COMPANY/-/true
            양사 모두 '윈윈'을 강조했다                                  | none
            업계는 “코피티션”을 새 흐름으로 꼽았다                        | none
            두 회사는 '제2의 동맹'을 내세웠다                             | none
            AI시장이 커지고 있다                                        | none
            """)
    void findsUnlistedNames(String sentence, String expected) {
        List<String> found = NAMES.find(sentence, TOKENS.of(sentence), LISTED.find(sentence)).stream()
                .map(f -> f.name() + "/" + dash(f.kind()) + "/" + dash(f.role()) + "/" + f.argument()).toList();
        assertThat(found.isEmpty() ? "none" : String.join("; ", found)).isEqualTo(expected);
    }

    /** A full name with its title as the subject or object is how news introduce someone who matters. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            마리아 로페즈 구글 최고재무책임자(CFO)는 "성장은 계속된다"고 말했다 | 마리아 로페즈
            변호사 제임스 카터는 서한에서 이를 반박했다                         | 제임스 카터
            제임스 카터 변호사의 사무실은 뉴욕에 있다                           | none
            카터 변호사는 이를 반박했다                                         | none
            피터 틸, 리드 호프먼 등이 참여했다                                  | none
            캐슬린캐피털이 투자에 나섰다                                        | 캐슬린캐피털
            캐슬린캐피털의 보고서를 인용했다                                    | none
            최태원 SK그룹 회장이 "협력하겠다"고 말했다                          | 최태원
            이재명 대통령은 올트먼 CEO를 접견했다                               | 이재명
            정의선 회장은 기아 공장을 찾았다                                    | 정의선
            테일러 의장은 이를 거부했다                                          | none
            KT클라우드가 계약을 따냈다                                          | KT클라우드
            """)
    void presentsAFullNameWithItsTitle(String sentence, String expected) {
        List<String> presented = NAMES.find(sentence, TOKENS.of(sentence), LISTED.find(sentence)).stream()
                .filter(NameCandidates.Found::presented).map(NameCandidates.Found::name).toList();
        assertThat(presented.isEmpty() ? "none" : String.join("; ", presented)).isEqualTo(expected);
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
