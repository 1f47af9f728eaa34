package io.yeonpyo.event;

import io.yeonpyo.extraction.ActorKind;
import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.Conflict;
import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Qualifier;
import java.math.BigDecimal;
import java.util.List;

/**
 * Object Mother for web tests: events as the catalog would return them for the seed articles, one per date
 * precision and qualifier, plus an undated one. Test data only; the application serves what the loader reads.
 */
public final class Events {

    public static final ActorRef MICROSOFT = new ActorRef("microsoft", "마이크로소프트", "Microsoft", ActorKind.COMPANY);
    public static final ActorRef OPENAI = new ActorRef("openai", "오픈AI", "OpenAI", ActorKind.COMPANY);
    public static final ActorRef SOFTBANK = new ActorRef("softbank", "소프트뱅크", "SoftBank", ActorKind.COMPANY);
    public static final ActorRef SAM_ALTMAN = new ActorRef("sam-altman", "샘 알트먼", "Sam Altman", ActorKind.PERSON);
    public static final ActorRef ELON_MUSK = new ActorRef("elon-musk", "일론 머스크", "Elon Musk", ActorKind.PERSON);
    public static final ActorRef ILYA_SUTSKEVER = new ActorRef("ilya-sutskever", "일리야 수츠케버", "Ilya Sutskever", ActorKind.PERSON);
    public static final ActorRef MUSTAFA_SULEYMAN = new ActorRef("mustafa-suleyman", "무스타파 술레이만", "Mustafa Suleyman", ActorKind.PERSON);

    public static final PartialDate PUBLISHED_000 = PartialDate.ofMonth(2025, 4);
    public static final PartialDate PUBLISHED_001 = PartialDate.ofMonth(2025, 7);
    public static final PartialDate PUBLISHED_003 = PartialDate.ofDay(2023, 11, 22);

    private Events() {
    }

    /** 2019 (YEAR), reported by two articles, with an amount in dollars. */
    public static EventView msInvestment2019() {
        return new EventView("2019-microsoft-invests-in-openai", PartialDate.ofYear(2019), EventType.INVESTMENT,
                List.of(MICROSOFT, OPENAI), List.of("ms-openai"), "MS, 오픈AI에 10억 달러 투자",
                "Microsoft invests $1 billion in OpenAI", usd("1000000000", "10억달러"),
                List.of(new SourceView("000_d42f17f56210b79a", "나델라와 알트먼, 멀어지는 브로맨스", "AI타임스", 2,
                                "2018년 한 행사에서 우연한 만남으로 시작한 이들의 관계는 2019년 일론 머스크 CEO가 오픈AI를 떠나고 "
                                        + "MS가 오픈AI에 10억달러를 투자하며 본격화됐다.",
                                "2019년", PartialDate.ofYear(2019), Derivation.of("resolved.absolute", "2019년", "2019"), PUBLISHED_000),
                        new SourceView("001_822e4aa99219b25e", "오픈AI는 왜 구글과 손잡았나", "바이라인네트워크", 5,
                                "2019년 MS가 10억 달러(약 1조3800억 원)를 투자하며 시작된 6년간의 돈독한 협력이 전환점을 맞았습니다.",
                                "2019년", PartialDate.ofYear(2019), Derivation.of("resolved.absolute", "2019년", "2019"), PUBLISHED_001)),
                List.of(), 2);
    }

    /** 2023-11-17 (DAY), date derived from a weekday relative to the publication date, with a conflict. */
    public static EventView altmanFired() {
        return new EventView("2023-11-17-openai-board-fires-sam-altman", PartialDate.ofDay(2023, 11, 17),
                EventType.BOARD, List.of(OPENAI, SAM_ALTMAN, ILYA_SUTSKEVER), List.of("ms-openai"),
                "오픈AI 이사회, 샘 알트먼 CEO 해임", "OpenAI's board fires CEO Sam Altman", null,
                List.of(new SourceView("003_ec831ef58c6864ef", "샘 알트먼의 MS 이적 그리고 슈츠케버의 항복선언", "브런치", 1,
                        "금요일 잘리고 월요일부터 출근하니 알트먼은 주말에 결정을 내린 듯합니다.",
                        "금요일", PartialDate.ofDay(2023, 11, 17), Derivation.of("resolved.publication", "금요일", "2023-11-17", "2023-11-22"),
                        PUBLISHED_003)),
                List.of(new ConflictView(Conflict.Kind.DATE, List.of(
                        new ConflictView.Side(PartialDate.ofDay(2023, 11, 16), null, "16일", List.of("AI타임스"), 0),
                        new ConflictView.Side(PartialDate.ofDay(2023, 11, 17), null, "금요일", List.of("브런치"), 2)),
                        0)), 2);
    }

    /** 2023-11 (MONTH). */
    public static EventView altmanJoinsMicrosoft() {
        return new EventView("2023-11-sam-altman-joins-microsoft", PartialDate.ofMonth(2023, 11), EventType.PERSONNEL,
                List.of(MICROSOFT, SAM_ALTMAN), List.of("ms-openai"), "샘 알트먼, MS 합류 확정", "Sam Altman joins Microsoft", null,
                List.of(new SourceView("003_ec831ef58c6864ef", "샘 알트먼의 MS 이적 그리고 슈츠케버의 항복선언", "브런치", 0,
                        "샘 알트먼의 최종 정착지가 MS로 확정됐습니다.", null, null, null, PUBLISHED_003)),
                List.of(), 1);
    }

    /** 2024 초 (YEAR + EARLY). */
    public static EventView suleymanHired() {
        return new EventView("2024-microsoft-hires-mustafa-suleyman", PartialDate.ofYear(2024).withQualifier(Qualifier.EARLY),
                EventType.PERSONNEL, List.of(MICROSOFT, MUSTAFA_SULEYMAN), List.of("ms-openai"),
                "MS, 무스타파 술레이만 영입", "Microsoft hires Mustafa Suleyman", null,
                List.of(new SourceView("000_d42f17f56210b79a", "나델라와 알트먼, 멀어지는 브로맨스", "AI타임스", 5,
                        "MS는 지난해 초 구글 딥마인드 창립자인 무스타파 술레이만을 영입했다.", "지난해 초",
                        PartialDate.ofYear(2024).withQualifier(Qualifier.EARLY), Derivation.of("resolved.publication", "지난해 초", "2024 초", "2025-04"),
                        PUBLISHED_000)),
                List.of(), 1);
    }

    /** 2025년 1월 말 (MONTH + LATE). */
    public static EventView stargate() {
        return new EventView("2025-01-openai-softbank-stargate", PartialDate.ofMonth(2025, 1).withQualifier(Qualifier.LATE),
                EventType.PARTNERSHIP, List.of(OPENAI, SOFTBANK), List.of("ms-openai"),
                "오픈AI, 소프트뱅크와 스타게이트 프로젝트 발표", "OpenAI announces a joint project with SoftBank", usd("500000000000", "5000억 달러"),
                List.of(new SourceView("002_8cb0b60f2621ad0c", "MS-오픈AI 위태로운 동맹?", null, 3,
                        "오픈AI는 1월 말 소프트뱅크 등과 손잡고 5000억 달러 규모의 스타게이트 프로젝트를 발표했습니다.",
                        "1월 말", PartialDate.ofMonth(2025, 1).withQualifier(Qualifier.LATE),
                        Derivation.of("resolved.publication", "1월 말", "2025-01 말", "2025-06-08"), PartialDate.ofDay(2025, 6, 8))),
                List.of(), 1);
    }

    /** 2025년 6월 중순 (MONTH + MID). */
    public static EventView antitrustComplaint() {
        return new EventView("2025-06-openai-weighs-antitrust-complaint", PartialDate.ofMonth(2025, 6).withQualifier(Qualifier.MID),
                EventType.FEUD, List.of(OPENAI, MICROSOFT), List.of("ms-openai"),
                "오픈AI, MS 반독점 신고 검토", "OpenAI files a complaint against Microsoft (under consideration)", null,
                List.of(new SourceView("001_822e4aa99219b25e", "오픈AI는 왜 구글과 손잡았나", "바이라인네트워크", 9,
                        "지난달 중순에는 오픈AI가 MS를 반독점 위반으로 신고하는 방안까지 검토한다는 보도가 나왔습니다.",
                        "지난달 중순", PartialDate.ofMonth(2025, 6).withQualifier(Qualifier.MID),
                        Derivation.of("resolved.publication", "지난달 중순", "2025-06 중순", "2025-07"), PUBLISHED_001)),
                List.of(), 1);
    }

    /** No date in any source: must be shown apart, never with a made-up date. */
    public static EventView agiClause() {
        return new EventView("openai-microsoft-agi-clause", null, EventType.CONTRACT, List.of(MICROSOFT, OPENAI),
                List.of("ms-openai"), "AGI 달성 시 MS와의 계약 종료 조항",
                "Microsoft–OpenAI contract clause", null,
                List.of(new SourceView("000_d42f17f56210b79a", "나델라와 알트먼, 멀어지는 브로맨스", "AI타임스", 0,
                        "양사의 파트너십 종료를 결정할 인공일반지능(AGI) 달성 여부로 심각한 이견을 보였다는 점도 새로 확인됐다.",
                        null, null, null, PUBLISHED_000)),
                List.of(), 1);
    }

    /** Musk–Altman: 2025-02, an acquisition offer with an amount. */
    public static EventView muskOffer() {
        return new EventView("2025-02-elon-musk-offers-to-buy-openai", PartialDate.ofMonth(2025, 2), EventType.ACQUISITION,
                List.of(ELON_MUSK, SAM_ALTMAN, OPENAI), List.of("musk-altman"), "머스크, 오픈AI 인수 제안…알트먼 거절",
                "Elon Musk offers to buy OpenAI", usd("97400000000", "974억 달러"),
                List.of(new SourceView("004_c5803c946e66baf5", "머스크와 알트먼의 오랜 악연", "뉴스토마토", 0,
                        "일론 머스크 테슬라 최고경영자(CEO)의 오픈AI 인수 제안을 샘 알트먼 오픈AI CEO가 단칼에 거절했습니다.",
                        null, null, null, PartialDate.ofMonth(2025, 2))),
                List.of(), 1);
    }

    /** The whole timeline in catalog order: dated by date, then undated. */
    public static List<EventOutline> outlines(List<EventView> events) {
        return events.stream().map(e -> new EventOutline(e.slug(), e.date(), e.type(), e.headline())).toList();
    }

    public static List<EventView> timeline() {
        return List.of(msInvestment2019(), altmanJoinsMicrosoft(), altmanFired(), suleymanHired(), stargate(),
                muskOffer(), antitrustComplaint(), agiClause());
    }

    public static EventPage page(List<EventView> events) {
        return new EventPage(events.size(), 0, 200, events);
    }

    private static Amount usd(String value, String text) {
        BigDecimal amount = new BigDecimal(value);
        return new Amount(amount, null, "USD", amount, text);
    }
}
