package io.yeonpyo.article.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import io.yeonpyo.article.ArticleCatalog;
import io.yeonpyo.article.ArticleView;
import io.yeonpyo.article.LoadNote;
import io.yeonpyo.article.LoadReport;
import io.yeonpyo.article.Articles;
import io.yeonpyo.event.EventCatalog;
import io.yeonpyo.event.Events;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ArticleController.class)
class ArticleControllerTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ArticleCatalog articles;

    @MockitoBean
    EventCatalog events;

    @Test
    void listsArticlesWithOutletPublicationDateAndHowItWasKnown() {
        given(articles.all()).willReturn(List.of(Articles.brunchSummary(), Articles.aitimesSummary(),
                Articles.undatedSummary()));
        given(articles.lastReport()).willReturn(Optional.of(Articles.report()));

        assertThat(mvc.get().uri("/articles")).hasStatusOk().hasViewName(ArticleController.LIST_VIEW).bodyText()
                .contains("href=\"/articles/000_d42f17f56210b79a\" lang=\"ko\">나델라와 알트먼, 멀어지는 브로맨스</a>")
                .contains(">2023년 11월 22일</time>")
                .contains("본문에 인쇄된 날짜")
                .contains("머리말(front matter)에 적힌 날짜")
                .contains("발행일을 알 수 없음")
                .contains(">005_undated</a>");
    }

    @Test
    void showsTheLastLoadReportFileByFile() {
        given(articles.all()).willReturn(List.of(Articles.aitimesSummary()));
        given(articles.lastReport()).willReturn(Optional.of(Articles.report()));

        assertThat(mvc.get().uri("/articles")).bodyText()
                .contains("id=\"load-report\"")
                .contains("2026-11-22 08:00 UTC에 끝남 · 사건 13건")
                .contains("<code>006_broken.txt</code>")
                .contains(">실패</span>")
                .contains("기사 3건을 불러왔고 1건은 실패했습니다.")
                .doesNotContain("불러오기 결과 보기");
    }

    @Test
    void theReportNotesAreWrittenInTheReadersLanguage() {
        given(articles.all()).willReturn(List.of(Articles.aitimesSummary()));
        given(articles.lastReport()).willReturn(Optional.of(Articles.report()));

        assertThat(mvc.get().uri("/articles")).bodyText()
                .contains("<span>파일이 비어 있습니다</span>")
                .contains("<span>발행일을 알 수 없어 상대 날짜(지난달, 올해, 29일…)를 풀지 않았습니다</span>; "
                        + "<span>본문 문장 3개에서 사건을 찾지 못했습니다</span>")
                .doesNotContain("the file is empty").doesNotContain("publication date unknown");
        assertThat(mvc.get().uri("/articles?lang=en")).bodyText()
                .contains("<span>the file is empty</span>")
                .contains("<span>publication date unknown: relative dates (지난달, 올해, 29일…) were left unresolved</span>; "
                        + "<span>no event found in its 3 sentences of article text</span>")
                .doesNotContain("파일이 비어 있습니다").doesNotContain("발행일을 알 수 없어");
    }

    @Test
    void aFailedRebuildIsExplainedWithItsCause() {
        LoadReport report = Articles.report();
        given(articles.all()).willReturn(List.of(Articles.aitimesSummary()));
        given(articles.lastReport()).willReturn(Optional.of(new LoadReport(report.startedAt(), report.finishedAt(),
                report.outcomes(), report.events(), new LoadNote("load.note.rebuildFailed", List.of("disk full")))));

        assertThat(mvc.get().uri("/articles")).bodyText()
                .contains("타임라인을 다시 만들지 못해 이전 타임라인을 보여 주고 있습니다.")
                .contains("<code>타임라인을 다시 만들지 못해 이전 타임라인을 보여 줍니다: disk full</code>");
        assertThat(mvc.get().uri("/articles?lang=en")).bodyText()
                .contains("<code>rebuilding the timeline failed, the previous timeline is shown: disk full</code>");
    }

    @Test
    void beforeTheFirstLoadSaysSo() {
        given(articles.all()).willReturn(List.of());
        given(articles.lastReport()).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/articles")).hasStatusOk().bodyText()
                .contains("불러온 기사가 없습니다.").contains("아직 기사를 불러오지 않았습니다.");
    }

    @Test
    void showsTheTextSentenceBySentenceWithAnchors() {
        given(articles.byId(Articles.AITIMES)).willReturn(Optional.of(Articles.aitimes()));
        given(events.byArticle(Articles.AITIMES)).willReturn(List.of(Events.msInvestment2019()));

        assertThat(mvc.get().uri("/articles/" + Articles.AITIMES)).hasStatusOk().hasViewName(ArticleController.VIEW)
                .bodyText()
                .contains("id=\"s0\"").contains("id=\"s1\"").contains("id=\"s4\"")
                .contains("AI타임스")
                .contains(">2025년 4월</time>")
                .contains("(머리말(front matter)에 적힌 날짜)")
                .contains("href=\"https://www.aitimes.com/news/articleView.html?idxno=169876\"");
    }

    @Test
    void marksSentencesThatBecameEventsAndLinksThem() throws Exception {
        given(articles.byId(Articles.AITIMES)).willReturn(Optional.of(Articles.aitimes()));
        given(events.byArticle(Articles.AITIMES)).willReturn(List.of(Events.msInvestment2019()));

        String body = mvc.get().uri("/articles/" + Articles.AITIMES).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String investment = body.substring(body.indexOf("id=\"s2\""), body.indexOf("id=\"s3\""));
        assertThat(investment).contains("<mark>")
                .contains("href=\"/events/2019-microsoft-invests-in-openai\">→ MS, 오픈AI에 10억 달러 투자</a>");
        String wsj = body.substring(body.indexOf("id=\"s1\""), body.indexOf("id=\"s2\""));
        assertThat(wsj).doesNotContain("<mark>");
    }

    @Test
    void wrapsDateExpressionsWithWhatTheyResolvedTo() {
        given(articles.byId(Articles.AITIMES)).willReturn(Optional.of(Articles.aitimes()));
        given(events.byArticle(Articles.AITIMES)).willReturn(List.of());

        assertThat(mvc.get().uri("/articles/" + Articles.AITIMES)).bodyText()
                .containsPattern("<time\\s+class=\"date-mention\"\\s+datetime=\"2019\"\\s+"
                        + "title=\"2019년 — &#39;2019년&#39; → 2019\">2019년</time>")
                .containsPattern("<time\\s+class=\"date-mention\"\\s+datetime=\"2018\"")
                .contains("title=\"날짜로 확정하지 못한 표현\">29일(현지시간)</span>")
                .contains("월스트리트 저널은 <span");
    }

    @Test
    void dimsClutterAndRelatedHeadlines() {
        given(articles.byId(Articles.AITIMES)).willReturn(Optional.of(Articles.aitimes()));
        given(events.byArticle(Articles.AITIMES)).willReturn(List.of());

        assertThat(mvc.get().uri("/articles/" + Articles.AITIMES)).bodyText()
                .contains("class=\"sentence kind-clutter dimmed\"")
                .contains("class=\"sentence kind-related_headline dimmed\"")
                .contains("class=\"sentence kind-body\"")
                .contains("title=\"페이지 잡음\"").contains("title=\"관련 기사 제목\"")
                .contains("&lt;저작권자 © AI타임스 무단전재 및 재배포 금지&gt;");
    }

    @Test
    void onlyWebAddressesFromTheFrontMatterBecomeLinks() {
        ArticleView article = Articles.aitimes();
        given(articles.byId(Articles.AITIMES)).willReturn(Optional.of(new ArticleView(article.id(), article.fileName(),
                article.title(), article.outlet(), "javascript:alert(1)", article.published(),
                article.publishedOrigin(), article.sentences())));
        given(events.byArticle(Articles.AITIMES)).willReturn(List.of());

        assertThat(mvc.get().uri("/articles/" + Articles.AITIMES)).hasStatusOk().bodyText()
                .contains("<span>javascript:alert(1)</span>").doesNotContain("href=\"javascript:");
    }

    @Test
    void unknownIdIsA404Page() {
        assertThat(mvc.get().uri("/articles/999_missing")).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error")
                .bodyText().contains("&#39;999_missing&#39;에 해당하는 기사가 없습니다.");
    }
}
