package io.yeonpyo.article;

import io.yeonpyo.extraction.DateMention;
import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.SentenceKind;
import java.time.Instant;
import java.util.List;

/** Object Mother for articles as the catalog would return them after loading the seed files. */
public final class Articles {

    public static final String AITIMES = "000_d42f17f56210b79a";
    public static final String BRUNCH = "003_ec831ef58c6864ef";

    private Articles() {
    }

    /** Front matter gives the month; sentences of every kind, with resolved and unresolved date expressions. */
    public static ArticleView aitimes() {
        String wsj = "월스트리트 저널은 29일(현지시간) 다수의 관계자를 인용, 두 사람이 점점 멀어지고 있다고 소개했다.";
        String investment = "2018년 한 행사에서 우연한 만남으로 시작한 이들의 관계는 2019년 일론 머스크 CEO가 오픈AI를 떠나고 "
                + "MS가 오픈AI에 10억달러를 투자하며 본격화됐다.";
        return new ArticleView(AITIMES, AITIMES + ".txt", "나델라와 알트먼, 멀어지는 브로맨스", "AI타임스",
                "https://www.aitimes.com/news/articleView.html?idxno=169876", PartialDate.ofMonth(2025, 4),
                PublishedOrigin.FRONT_MATTER,
                List.of(new ArticleSentenceView(0, "나델라와 알트먼, 멀어지는 브로맨스", SentenceKind.HEADLINE, List.of(), List.of()),
                        new ArticleSentenceView(1, wsj, SentenceKind.BODY, List.of(),
                                List.of(new DateMention("29일(현지시간)", 10, 19, null, Derivation.of("failed.publicationMonthOnly", "29일(현지시간)", "을", "2025-04")))),
                        new ArticleSentenceView(2, investment, SentenceKind.BODY,
                                List.of("2019-microsoft-invests-in-openai"),
                                List.of(new DateMention("2018년", 0, 5, PartialDate.ofYear(2018), Derivation.of("resolved.absolute", "2018년", "2018")),
                                        new DateMention("2019년", investment.indexOf("2019년"), investment.indexOf("2019년") + 5,
                                                PartialDate.ofYear(2019), Derivation.of("resolved.absolute", "2019년", "2019")))),
                        new ArticleSentenceView(3, "관련기사 MS, 오픈AI 지분 재협상", SentenceKind.RELATED_HEADLINE, List.of(), List.of()),
                        new ArticleSentenceView(4, "<저작권자 © AI타임스 무단전재 및 재배포 금지>", SentenceKind.CLUTTER, List.of(), List.of())));
    }

    public static ArticleSummary aitimesSummary() {
        return new ArticleSummary(AITIMES, "나델라와 알트먼, 멀어지는 브로맨스", "AI타임스", PartialDate.ofMonth(2025, 4),
                PublishedOrigin.FRONT_MATTER, 9);
    }

    public static ArticleSummary brunchSummary() {
        return new ArticleSummary(BRUNCH, "샘 알트먼의 MS 이적 그리고 슈츠케버의 항복선언", "브런치", PartialDate.ofDay(2023, 11, 22),
                PublishedOrigin.PRINTED_IN_TEXT, 4);
    }

    public static ArticleSummary undatedSummary() {
        return new ArticleSummary("005_undated", null, null, null, PublishedOrigin.UNKNOWN, 0);
    }

    public static LoadReport report() {
        return new LoadReport(Instant.parse("2026-11-22T08:00:00Z"), Instant.parse("2026-11-22T08:00:03Z"),
                List.of(new LoadOutcome(AITIMES + ".txt", LoadOutcome.Status.LOADED, 9, List.of()),
                        new LoadOutcome(BRUNCH + ".txt", LoadOutcome.Status.UNCHANGED, 4, List.of()),
                        new LoadOutcome("005_undated.txt", LoadOutcome.Status.LOADED, 0, List.of(
                                LoadNote.of("load.note.publishedUnknown"), LoadNote.of("load.note.noEvent", 3))),
                        new LoadOutcome("006_broken.txt", LoadOutcome.Status.FAILED, 0,
                                List.of(LoadNote.of("load.note.empty")))),
                13, null);
    }
}
