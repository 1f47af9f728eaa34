package io.yeonpyo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventMergerTest {

    private static EventMerger merger;

    @BeforeAll
    static void load() {
        merger = new EventMerger(Lexicon.load(Path.of("data")));
    }

    @Test
    void agreeingSourcesAreOneEvent() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("000", 4, EventType.INVESTMENT, "2019", usd("1000000000", "10억달러"), "MS, 오픈AI에 10억 달러 투자",
                        "microsoft", "openai"),
                mention("001", 9, EventType.INVESTMENT, "2019", usd("1000000000", "10억 달러(약 1조3800억 원)"),
                        "MS, 10억 달러 투자", "microsoft")));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.slug()).isEqualTo("2019-microsoft-openai-investment");
            assertThat(e.date()).isEqualTo(PartialDate.ofYear(2019));
            assertThat(e.actors()).containsExactly("microsoft", "openai");
            assertThat(e.relationships()).containsExactly("ms-openai");
            assertThat(e.headline()).isEqualTo("MS, 오픈AI에 10억 달러 투자");
            assertThat(e.amount().value()).isEqualByComparingTo("1000000000");
            assertThat(e.sources()).extracting(SourcedMention::articleId).containsExactly("000", "001");
            assertThat(e.conflicts()).isEmpty();
        });
    }

    @Test
    void aYearAndAMonthOfThatYearAgreeAndTheFinerDateWins() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("001", 25, EventType.BOARD, "2024-07", null, "MS, 오픈AI 이사회 옵서버 지위 포기", "microsoft", "openai"),
                mention("007", 3, EventType.BOARD, "2024", null, "MS, 오픈AI 이사회 옵서버 지위 포기", "microsoft", "openai")));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().iso()).isEqualTo("2024-07");
            assertThat(e.conflicts()).isEmpty();
        });
    }

    @Test
    void sourcesThatDisagreeOnTheYearGiveOneEventWithBothReadings() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("000_d42f17f56210b79a", 4, EventType.PERSONNEL, "2019", null, "머스크, 오픈AI 떠나",
                        "elon-musk", "openai"),
                mention("004_c5803c946e66baf5", 10, EventType.PERSONNEL, "2018", null, "머스크, 오픈AI 떠나",
                        "elon-musk", "openai")));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.sources()).hasSize(2);
            assertThat(e.conflicts()).containsExactly(new Conflict(Conflict.Kind.DATE, List.of(
                    new Conflict.Reading(PartialDate.ofYear(2018), null, "2018", List.of("004_c5803c946e66baf5"), 0),
                    new Conflict.Reading(PartialDate.ofYear(2019), null, "2019", List.of("000_d42f17f56210b79a"), 0)),
                    0));
            assertThat(e.relationships()).containsExactly("musk-altman");
        });
    }

    @Test
    void neighbouringDaysOrMonthsOfTheSameActAreOneEventWithAConflict() {
        List<MergedEvent> days = merger.merge(List.of(
                mention("a1", 2, EventType.FEUD, "2024-03-05", null, "오픈AI, 머스크 이메일 폭로", "openai", "elon-musk"),
                mention("a2", 3, EventType.FEUD, "2024-03-06", null, "오픈AI, 머스크 이메일 폭로", "openai", "elon-musk")));
        assertThat(days).singleElement().satisfies(e -> assertThat(e.conflicts()).hasSize(1));

        List<MergedEvent> months = merger.merge(List.of(
                mention("b1", 2, EventType.FEUD, "2024-02", null, "머스크, 오픈AI에 소송 제기", "elon-musk", "openai"),
                mention("b2", 2, EventType.FEUD, "2024-02-29", null, "머스크, 오픈AI에 소송 제기", "elon-musk", "openai"),
                mention("b3", 2, EventType.FEUD, "2024", null, "머스크, 오픈AI에 소송 제기", "elon-musk", "openai"),
                mention("b4", 5, EventType.FEUD, "2024-03", null, "머스크, 오픈AI에 소송 제기", "elon-musk", "openai")));
        assertThat(months).singleElement().satisfies(e -> {
            assertThat(e.date().iso()).as("the finest date most sources agree with").isEqualTo("2024-02-29");
            assertThat(e.conflicts()).hasSize(1);
        });
    }

    @Test
    void theSameActWithTheSameSumInNeighbouringYearsIsOneEventWithAConflict() {
        // one outlet names the other party in the clause, the other leaves it to the sentence before
        List<MergedEvent> events = merger.merge(List.of(
                mention("h1", 3, EventType.INVESTMENT, "2022", usd("300000000", "3억달러"), "구글, 앤트로픽에 3억 달러 투자",
                        "google", "anthropic"),
                mention("h2", 5, EventType.INVESTMENT, "2023", usd("300000000", "약 3억 달러"), "구글, 3억 달러 투자",
                        "google", "anthropic")));
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.sources()).hasSize(2);
            assertThat(e.conflicts()).singleElement().extracting(Conflict::kind).isEqualTo(Conflict.Kind.DATE);
        });

        List<MergedEvent> sameMonthAYearApart = merger.merge(List.of(
                mention("k1", 3, EventType.INVESTMENT, "2023-10", usd("2000000000", "최대 20억달러"),
                        "구글, 앤트로픽에 20억 달러 투자", "google", "anthropic"),
                mention("k2", 5, EventType.INVESTMENT, "2024-10", usd("2000000000", "20억달러"), "구글, 20억 달러 투자",
                        "google", "anthropic")));
        assertThat(sameMonthAYearApart).as("2023년 10월 or 2024년 10월: a slip of the year").singleElement()
                .satisfies(e -> assertThat(e.conflicts()).hasSize(1));

        List<MergedEvent> otherMonthAYearApart = merger.merge(List.of(
                mention("l1", 3, EventType.INVESTMENT, "2023-09", usd("4000000000", "40억달러"), "아마존, 앤트로픽에 40억 달러 투자",
                        "amazon", "anthropic"),
                mention("l2", 5, EventType.INVESTMENT, "2024-11", usd("4000000000", "40억달러"), "아마존, 40억 달러 투자",
                        "amazon", "anthropic")));
        assertThat(otherMonthAYearApart).as("the same sum at another month a year later is another act").hasSize(2);

        List<MergedEvent> otherSums = merger.merge(List.of(
                mention("i1", 3, EventType.INVESTMENT, "2023-10", usd("2000000000", "20억달러"), "아마존, 앤트로픽에 20억 달러 투자",
                        "amazon", "anthropic"),
                mention("i2", 5, EventType.INVESTMENT, "2024-10", usd("4000000000", "40억달러"), "아마존, 40억 달러 투자",
                        "amazon", "anthropic")));
        assertThat(otherSums).as("another sum a year later is another act").hasSize(2);

        List<MergedEvent> yearsApart = merger.merge(List.of(
                mention("j1", 3, EventType.INVESTMENT, "2021", usd("2000000000", "20억달러"), "MS, 오픈AI에 20억 달러 투자",
                        "microsoft", "openai"),
                mention("j2", 5, EventType.INVESTMENT, "2023", usd("2000000000", "20억 달러"), "MS, 20억 달러 투자",
                        "microsoft", "openai")));
        assertThat(yearsApart).as("the same sum two years apart is paid twice").hasSize(2);
    }

    @Test
    void theSameActMonthsApartOrDatedTwiceByOneArticleIsTwoEvents() {
        List<MergedEvent> monthsApart = merger.merge(List.of(
                mention("c1", 1, EventType.INVESTMENT, "2025-01-22", null, "소프트뱅크, 오픈AI에 투자", "softbank", "openai"),
                mention("c2", 4, EventType.INVESTMENT, "2025-07-29", null, "소프트뱅크, 오픈AI에 투자", "softbank", "openai")));
        assertThat(monthsApart).hasSize(2);

        List<MergedEvent> oneArticle = merger.merge(List.of(
                mention("d1", 1, EventType.INVESTMENT, "2019", null, "MS, 오픈AI에 투자", "microsoft", "openai"),
                mention("d1", 2, EventType.INVESTMENT, "2020", null, "MS, 오픈AI에 투자", "microsoft", "openai")));
        assertThat(oneArticle).hasSize(2).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
    }

    @Test
    void theSameDoerActingOnTheSamePartyADayApartInOtherWordsIsOneEvent() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("e1", 1, EventType.FEUD, "2024-03-05", null, "구글, 앤트로픽 폭로", "google", "anthropic"),
                mention("e2", 1, EventType.FEUD, "2024-03-06", null, "구글, 앤트로픽 비판", "google", "anthropic")));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.conflicts()).hasSize(1));

        List<MergedEvent> otherDoer = merger.merge(List.of(
                mention("f1", 1, EventType.FEUD, "2024-03-05", null, "구글, 앤트로픽 폭로", "google", "anthropic"),
                mention("f2", 1, EventType.FEUD, "2024-03-06", null, "앤트로픽, 구글 비판", "google", "anthropic")));
        assertThat(otherDoer).as("an answer from the other side is another act").hasSize(2);

        List<MergedEvent> weekApart = merger.merge(List.of(
                mention("g1", 1, EventType.FEUD, "2024-03-05", null, "구글, 앤트로픽 폭로", "google", "anthropic"),
                mention("g2", 1, EventType.FEUD, "2024-03-12", null, "구글, 앤트로픽 비판", "google", "anthropic")));
        assertThat(weekApart).hasSize(2);
    }

    @Test
    void aDealOfOnePairOnOneDayIsOneEventWhicheverSideTheOutletPutsFirst() {
        List<MergedEvent> sameDay = merger.merge(List.of(
                mention("m1", 1, EventType.CONTRACT, "2025-10-28", null, "MS·오픈AI 계약 재협상", "microsoft", "openai"),
                mention("m2", 2, EventType.CONTRACT, "2025-10-28", null, "오픈AI, MS와 계약", "openai", "microsoft"),
                mention("m3", 1, EventType.PARTNERSHIP, "2025-11-18", null, "엔비디아·앤트로픽, 협력", "nvidia", "anthropic"),
                mention("m4", 3, EventType.PARTNERSHIP, "2025-11-18", null, "앤트로픽, 엔비디아와 손잡아", "anthropic",
                        "nvidia")));
        assertThat(sameDay).hasSize(2).allSatisfy(e -> assertThat(e.sources()).hasSize(2));

        List<MergedEvent> otherDay = merger.merge(List.of(
                mention("n1", 1, EventType.CONTRACT, "2025-10-28", null, "MS·오픈AI 계약 재협상", "microsoft", "openai"),
                mention("n2", 2, EventType.CONTRACT, "2025-09-11", null, "오픈AI, MS와 계약", "openai", "microsoft")));
        assertThat(otherDay).as("two deals of a pair on two days").hasSize(2);
    }

    @Test
    void aDealWithTheSameSumIsOneEventWhetherCalledAContractOrAPartnership() {
        List<MergedEvent> sameSum = merger.merge(List.of(
                mention("p1", 1, EventType.CONTRACT, "2025-09-10", usd("300000000000", "3000억 달러"),
                        "오픈AI, 오라클과 계약", "openai", "oracle"),
                mention("p2", 4, EventType.PARTNERSHIP, "2025-09", usd("300000000000", "약 3000억 달러"),
                        "오픈AI, 오라클과 협력", "openai", "oracle"),
                mention("p3", 2, EventType.PARTNERSHIP, "2025-11", usd("38000000000", "380억달러"),
                        "오픈AI, 아마존과 협력", "openai", "amazon"),
                mention("p4", 6, EventType.CONTRACT, "2025-11-03", usd("38000000000", "380억 달러"),
                        "아마존, 오픈AI와 계약", "amazon", "openai")));
        assertThat(sameSum).hasSize(2).allSatisfy(e -> assertThat(e.sources()).hasSize(2));

        List<MergedEvent> otherSumOrNone = merger.merge(List.of(
                mention("q1", 1, EventType.CONTRACT, "2025-09-10", usd("300000000000", "3000억 달러"),
                        "오픈AI, 오라클과 계약", "openai", "oracle"),
                mention("q2", 4, EventType.PARTNERSHIP, "2025-09", usd("30000000000", "300억 달러"),
                        "오픈AI, 오라클과 협력", "openai", "oracle"),
                mention("q3", 2, EventType.CONTRACT, "2025-09", null, "오픈AI, 오라클과 데이터센터 임대 계약", "openai",
                        "oracle")));
        assertThat(otherSumOrNone).as("another sum, or none, is another deal").hasSize(3);
    }

    @Test
    void anActAgainstSomeoneIsTheSameActWithOrWithoutTheirName() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("r1", 3, EventType.FEUD, "2024-11", null, "머스크, 오픈AI·알트먼 상대로 가처분 신청", "elon-musk",
                        "openai", "sam-altman"),
                mention("r2", 5, EventType.FEUD, "2024-11-29", null, "머스크, 가처분 신청", "elon-musk")));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.sources()).hasSize(2));
    }

    @Test
    void aCourtsActNamedByTheJudgeOrByTheCourtIsOneEvent() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("o1", 1, EventType.FEUD, "2025-03-04", null, "판사, 머스크 청구 기각", "elon-musk", "openai"),
                mention("o2", 5, EventType.FEUD, "2025-03", null, "법원, 머스크 청구 기각", "elon-musk", "openai"),
                mention("o3", 5, EventType.FEUD, "2025-03", null, "재판부, 머스크 청구 기각", "elon-musk", "openai")));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.sources()).hasSize(3));
    }

    @Test
    void theHeadlineNeverStatesAnotherAmountThanTheEvents() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("h1", 4, EventType.INVESTMENT, "2023", usd("4000000000", "40억 달러"), "아마존, 앤트로픽에 40억 달러 투자",
                        "amazon", "anthropic"),
                mention("h2", 2, EventType.INVESTMENT, "2023", usd("4000000000", "40억달러"), "아마존, 앤트로픽 투자",
                        "amazon", "anthropic"),
                mention("h3", 7, EventType.INVESTMENT, "2023", usd("80000000000", "800억 달러"),
                        "아마존, 앤트로픽에 800억 달러 대규모 투자", "amazon", "anthropic")));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.amount().value()).isEqualByComparingTo("4000000000");
            assertThat(e.headline()).isEqualTo("아마존, 앤트로픽에 40억 달러 투자");
        });
    }

    @Test
    void amountsThatDisagreeAreKeptAsAConflict() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("000", 4, EventType.INVESTMENT, "2019", usd("1000000000", "10억달러"), "MS, 오픈AI에 10억 달러 투자",
                        "microsoft", "openai"),
                mention("005", 2, EventType.INVESTMENT, "2019", usd("13000000000", "130억 달러"),
                        "MS, 오픈AI에 130억 달러 투자", "microsoft", "openai")));

        assertThat(events).singleElement().satisfies(e ->
                assertThat(e.conflicts()).containsExactly(new Conflict(Conflict.Kind.AMOUNT, List.of(
                        new Conflict.Reading(null, usd("1000000000", "10억달러"), "10억달러", List.of("000"), 0),
                        new Conflict.Reading(null, usd("13000000000", "130억 달러"), "130억 달러", List.of("005"), 0)),
                        0)));
    }

    @Test
    void differentActsOfTheSamePairInDifferentYearsStayApart() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("004", 16, EventType.FEUD, "2019", null, "머스크, 알트먼·오픈AI 비판", "elon-musk", "openai",
                        "sam-altman"),
                mention("004", 20, EventType.FEUD, "2024-02", null, "머스크, 오픈AI·알트먼에 소송 제기", "elon-musk",
                        "sam-altman", "openai")));

        assertThat(events).extracting(MergedEvent::slug)
                .containsExactly("2019-elon-musk-openai-sam-altman-feud", "2024-02-elon-musk-openai-sam-altman-feud");
        assertThat(events).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
    }

    @Test
    void theSameLawsuitToldTwiceInOneYearIsOneEvent() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("004", 20, EventType.FEUD, "2024-02", null, "머스크, 오픈AI·알트먼에 소송 제기", "elon-musk",
                        "sam-altman", "openai"),
                mention("004", 27, EventType.FEUD, "2024", null, "머스크, 소송 제기", "elon-musk")));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.date().iso()).isEqualTo("2024-02"));
    }

    @Test
    void anUndatedMentionJoinsADatedEventOnlyWhenItSaysTheSameThing() {
        EventMention dated = mention("002", 26, EventType.PERSONNEL, "2024", null, "MS, 술레이먼 영입", "microsoft",
                "mustafa-suleyman").mention();
        List<MergedEvent> joined = merger.merge(List.of(
                new SourcedMention("002", null, dated),
                mention("000", 8, EventType.PERSONNEL, null, null, "MS, 술레이먼 영입", "microsoft", "mustafa-suleyman")));
        assertThat(joined).singleElement().satisfies(e -> {
            assertThat(e.date().iso()).isEqualTo("2024");
            assertThat(e.sources()).hasSize(2);
        });

        List<MergedEvent> apart = merger.merge(List.of(
                new SourcedMention("002", null, dated),
                mention("000", 8, EventType.PERSONNEL, null, null, "MS, 술레이먼 영입", "microsoft", "mustafa-suleyman",
                        "inflection")));
        assertThat(apart).extracting(MergedEvent::slug)
                .containsExactly("2024-microsoft-mustafa-suleyman-personnel",
                        "undated-inflection-microsoft-mustafa-suleyman-personnel");
    }

    @Test
    void undatedMentionsWithContradictingAmountsDoNotJoin() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("000", 4, EventType.INVESTMENT, "2019", usd("1000000000", "10억달러"), "MS, 오픈AI에 투자",
                        "microsoft", "openai"),
                mention("003", 20, EventType.INVESTMENT, null, usd("20000000000", "200억 달러"), "MS, 오픈AI에 투자",
                        "microsoft", "openai")));
        assertThat(events).hasSize(2);
        assertThat(events.get(1).date()).isNull();
        assertThat(events.get(1).slug()).isEqualTo("undated-microsoft-openai-investment");
    }

    @Test
    void slugsAndOrderAreDeterministic() {
        List<SourcedMention> input = new ArrayList<>(List.of(
                mention("001", 3, EventType.FEUD, "2024", null, "MS, 오픈AI와 갈등", "microsoft", "openai"),
                mention("001", 28, EventType.FEUD, "2024", null, "MS, 오픈AI를 경쟁사로 표기", "microsoft", "openai"),
                mention("000", 4, EventType.PERSONNEL, "2019", null, "머스크, 오픈AI 떠나", "elon-musk", "openai"),
                mention("001", 0, EventType.PARTNERSHIP, "2025-05", null, "오픈AI, 구글과 손잡아", "openai", "google"),
                mention("002", 9, EventType.CONTRACT, null, null, "MS·오픈AI 계약 조항", "microsoft", "openai")));
        List<MergedEvent> first = merger.merge(input);

        assertThat(first).extracting(MergedEvent::slug).containsExactly(
                "2019-elon-musk-openai-personnel",
                "2024-microsoft-openai-feud",
                "2024-microsoft-openai-feud",
                "2025-05-google-openai-partnership",
                "undated-microsoft-openai-contract");
        assertThat(first.get(1).headline()).isEqualTo("MS, 오픈AI와 갈등");
        assertThat(first).allSatisfy(e -> assertThat(e.slug()).matches("[a-z0-9-]+"));

        for (long seed = 1; seed <= 5; seed++) {
            List<SourcedMention> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(merger.merge(shuffled)).isEqualTo(first);
        }
    }

    @Test
    void addingAnUnrelatedEventKeepsTheOtherSlugs() {
        List<SourcedMention> input = new ArrayList<>(List.of(
                mention("000", 4, EventType.INVESTMENT, "2019", null, "MS, 오픈AI에 투자", "microsoft", "openai"),
                mention("004", 6, EventType.FOUNDING, "2015", null, "오픈AI 설립", "elon-musk", "sam-altman", "openai")));
        List<String> before = merger.merge(input).stream().map(MergedEvent::slug).toList();
        input.add(mention("009", 1, EventType.ACQUISITION, "2014", null, "구글, 딥마인드 인수", "google", "deepmind"));
        List<String> after = merger.merge(input).stream().map(MergedEvent::slug).toList();

        assertThat(after).containsExactly("2014-deepmind-google-acquisition", "2015-elon-musk-openai-sam-altman-founding",
                "2019-microsoft-openai-investment");
        assertThat(after).containsAll(before);
    }

    @Test
    void undatedQuarrelsOfOnePairMergeOnlyOnTheSameAct() {
        List<MergedEvent> events = merger.merge(List.of(
                mention("004", 30, EventType.FEUD, null, null, "오픈AI, 머스크에 반박", "openai", "elon-musk"),
                mention("004", 41, EventType.FEUD, null, null, "머스크, 소송 제기", "elon-musk", "openai"),
                mention("004", 12, EventType.FEUD, null, null, "머스크·알트먼, 갈등", "elon-musk", "sam-altman"),
                mention("004", 44, EventType.FEUD, null, null, "머스크·알트먼, 갈등", "elon-musk", "sam-altman")));

        assertThat(events).hasSize(3);
        assertThat(events).filteredOn(e -> e.headline().equals("머스크·알트먼, 갈등")).singleElement()
                .satisfies(e -> assertThat(e.sources()).hasSize(2));
    }

    private static Amount usd(String value, String text) {
        BigDecimal v = new BigDecimal(value);
        return new Amount(v, null, "USD", v, text);
    }

    @Test
    void termsAtNeighbouringYearsAreTwoTerms() {
        List<MergedEvent> events = merger.merge(List.of(
                term("p05", "2030", "MS·오픈AI 계약 기한"), term("p06", "2032", "MS·오픈AI 계약 기한"),
                term("p16", "2031", "MS·오픈AI 계약 기한")));
        assertThat(events).hasSize(3).allSatisfy(e -> assertThat(e.conflicts()).isEmpty());
    }

    private static SourcedMention term(String article, String date, String headline) {
        PartialDate d = PartialDate.parse(date);
        EventMention m = new EventMention(1, "문장", "절", EventType.CONTRACT, List.of("microsoft", "openai"), d, date,
                Derivation.of("contract.term", date, date), null, headline, "headline " + headline, Timing.DEADLINE);
        return new SourcedMention(article, null, m);
    }

    private static SourcedMention mention(String article, int sentence, EventType type, String date, Amount amount,
                                          String headline, String... actors) {
        PartialDate d = date == null ? null : PartialDate.parse(date);
        EventMention m = new EventMention(sentence, "문장 " + sentence, "절 " + sentence, type, List.of(actors), d,
                date, date == null ? null : Derivation.of("resolved.absolute", date, date), amount, headline, "headline " + headline);
        return new SourcedMention(article, null, m);
    }
}
