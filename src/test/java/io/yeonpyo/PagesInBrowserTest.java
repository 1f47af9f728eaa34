package io.yeonpyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages as a reader's browser shows them: the real corpus in {@code data/articles} (and two articles that name
 * someone it does not list), the app on a random port,
 * Debian's headless Chromium. Checks what a reader does (chart, filters, search, language, article), runs axe-core
 * on each kind of page and saves screenshots of them under {@code target/screenshots/}.
 */
@EnabledIf(value = "io.yeonpyo.Chromium#installed", disabledReason = Chromium.SKIPPED)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "timeline.response-cache=true"})
class PagesInBrowserTest {

    static final String ARTICLE = "000_d42f17f56210b79a";
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final int[] WIDTHS = {1280, 390};

    static final By CHART_MARKS = By.cssSelector("svg.timeline-chart a.chart-mark[data-slug]");
    static final By CHART_CLUSTERS = By.cssSelector("svg.timeline-chart a.chart-cluster[data-slugs]");
    static final By LIST_ITEMS = By.cssSelector("article.event-card[data-slug]");

    static ChromeDriver browser;
    static Path profile;
    static Axe axe;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = new JsonMapper();

    /**
     * The seed articles, and two written for the test that name a judge data/actors.yml does not list: the
     * discovered actor's page is a page like the others.
     */
    @DynamicPropertySource
    static void seedArticlesAndADiscoveredJudge(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("yeonpyo-articles-");
        try (Stream<Path> seed = Files.list(Path.of("data/articles"))) {
            for (Path file : seed.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Files.writeString(dir.resolve("t1-ruling.txt"), DiscoveredActorsEndToEndTest.RULING);
        Files.writeString(dir.resolve("t2-trial.txt"), DiscoveredActorsEndToEndTest.TRIAL);
        registry.add("timeline.articles-dir", dir::toString);
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        profile = Files.createTempDirectory("yeonpyo-chromium-");
        browser = Chromium.start(profile);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        axe = Axe.load();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(profile);
    }

    /** Every test starts as a new Korean reader in the 1280 × 900 window. */
    @BeforeEach
    void newReader() {
        browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @Test
    void theChartHasOneMarkPerDatedEventOfTheList() {
        open("/");

        List<String> dated = slugs(api("/api/events?size=1000"), true);
        assertThat(dated).hasSizeGreaterThan(10);
        assertThat(chartSlugs()).containsExactlyInAnyOrderElementsOf(dated);
        assertThat(listSlugs()).containsAll(dated);
    }

    @Test
    void clickingAMarkOpensItsEventPage() {
        open("/");
        WebElement mark = browser.findElements(CHART_MARKS).get(0);
        String slug = mark.getDomAttribute("data-slug");

        mark.click();

        waitFor("the event page of " + slug, () -> browser.getCurrentUrl().endsWith("/events/" + slug));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(api("/api/events/" + slug).get("headline").asString());
    }

    @Test
    void aCompanyFilterShrinksChartAndListTogether() {
        open("/");
        int marksBefore = chartSlugs().size();
        int itemsBefore = listSlugs().size();
        List<String> expected = slugs(api("/api/events?size=1000&company=softbank"), false);

        new Select(browser.findElement(By.id("filter-company"))).selectByValue("softbank");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();

        waitFor("the list filtered to SoftBank", () -> browser.getCurrentUrl().contains("company=softbank")
                && listSlugs().size() == expected.size());
        assertThat(listSlugs()).containsExactlyElementsOf(expected).hasSizeLessThan(itemsBefore);
        assertThat(chartSlugs()).containsExactlyInAnyOrderElementsOf(
                slugs(api("/api/events?size=1000&company=softbank"), true)).hasSizeLessThan(marksBefore);
    }

    @Test
    void searchingForALawsuitShowsOnlyLawsuitEvents() {
        open("/");
        int itemsBefore = listSlugs().size();
        WebElement search = browser.findElement(By.id("site-q"));

        search.sendKeys("소송", Keys.ENTER);

        waitFor("search results", () -> browser.getCurrentUrl().contains("q="));
        List<String> found = listSlugs();
        String query = URLEncoder.encode("소송", StandardCharsets.UTF_8);
        assertThat(found).isNotEmpty().hasSizeLessThan(itemsBefore)
                .isEqualTo(slugs(api("/api/events?size=1000&q=" + query), false));
        for (String slug : found) {
            JsonNode event = api("/api/events/" + slug);
            String text = event.get("headline").asString() + " " + elements(event.get("sources"))
                    .map(source -> source.get("sentence").asString()).collect(Collectors.joining(" "));
            assertThat(text).as(slug).containsAnyOf("소송", "고소", "제소");
        }
    }

    @Test
    void englishIsOneClickAway() throws IOException {
        Properties english = messages("messages_en.properties");
        open("/");

        browser.findElement(By.cssSelector("nav.lang-switch a[hreflang=en]")).click();

        waitFor("the English page", () -> "en".equals(browser.findElement(By.tagName("html")).getDomAttribute("lang")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(english.getProperty("timeline.heading"));
        assertThat(browser.findElement(By.cssSelector("form.filters legend")).getText())
                .isEqualTo(english.getProperty("filter.legend"));
        assertThat(browser.findElement(By.cssSelector(".site-search button")).getText())
                .isEqualTo(english.getProperty("search.submit"));

        // The choice is remembered: the next page is English without ?lang=en.
        browser.findElement(By.cssSelector("article.event-card h3 a")).click();
        waitFor("an event page", () -> browser.getCurrentUrl().contains("/events/"));
        assertThat(browser.findElement(By.cssSelector(".back a")).getText())
                .contains(english.getProperty("eventPage.back"));
    }

    @Test
    void anArticleHighlightsTheSentencesThatBecameEvents() {
        open("/articles");
        browser.findElement(By.cssSelector("main a[href='/articles/" + ARTICLE + "']")).click();
        waitFor("the article", () -> browser.getCurrentUrl().endsWith("/articles/" + ARTICLE));

        List<WebElement> highlighted = browser.findElements(By.xpath("//p[contains(@class,'sentence')][mark]"));
        assertThat(highlighted).isNotEmpty();
        List<String> linked = new ArrayList<>();
        for (WebElement sentence : highlighted) {
            List<WebElement> links = sentence.findElements(By.cssSelector(".sentence-events a[href^='/events/']"));
            assertThat(links).as(sentence.getText()).isNotEmpty();
            links.forEach(link -> linked.add(link.getDomAttribute("href").substring("/events/".length())));
        }
        assertThat(linked).containsAll(eventsReportedBy(ARTICLE));

        highlighted.get(0).findElement(By.cssSelector(".sentence-events a")).click();
        waitFor("an event page", () -> browser.getCurrentUrl().contains("/events/"));
        assertThat(browser.findElements(By.cssSelector(".sources a[href^='/articles/" + ARTICLE + "#s']")))
                .isNotEmpty();
    }

    /**
     * Each kind of page in both languages: axe-core finds nothing, and an English page holds no Korean but what is
     * quoted from the sources, the article's text and the Korean names beside English ones, each marked lang="ko".
     */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"timeline, ko", "timeline, en", "event, ko", "event, en", "disputed-event, ko", "disputed-event, en",
            "actor, ko", "actor, en", "relationship, ko", "relationship, en", "article, ko", "article, en"})
    void everyKindOfPageIsAccessibleInBothLanguages(String kind, String language) throws IOException {
        String path = switch (kind) {
            case "timeline" -> "/";
            case "event" -> "/events/" + richestEvent();
            case "disputed-event" -> "/events/" + elements(api("/api/events?disputed=true").get("events"))
                    .findFirst().orElseThrow().get("slug").asString();
            case "actor" -> "/actors/sam-altman";
            case "relationship" -> "/relationships/ms-openai";
            default -> "/articles/" + ARTICLE;
        };
        auditAndCapture(kind + "-" + language, path + "?lang=" + language);
        if (language.equals("en")) {
            assertThat(koreanOutsideKoreanElements()).as("Korean on the English %s page", kind).isEmpty();
        }
    }

    /** The dated event with the most sources: its page shows the most of what an event page can show. */
    private String richestEvent() {
        return elements(api("/api/events?size=1000").get("events"))
                .filter(event -> !event.get("date").isNull())
                .max(Comparator.comparingInt(event -> event.get("sources").size())).orElseThrow()
                .get("slug").asString();
    }

    /**
     * Text and labels a reader meets (text, title, aria-label, alt, placeholder) that hold Hangul outside an element
     * marked lang="ko".
     */
    @SuppressWarnings("unchecked")
    private static List<String> koreanOutsideKoreanElements() {
        return (List<String>) browser.executeScript("""
                const hangul = /[\\uac00-\\ud7a3]/;
                const korean = node => node.closest('[lang]')?.getAttribute('lang').startsWith('ko');
                const found = [];
                // the title may repeat a heading marked Korean (an article's own title)
                const quoted = [...document.querySelectorAll('h1[lang^=ko]')].map(h => h.textContent.trim());
                if (hangul.test(document.title) && !quoted.some(q => document.title.startsWith(q + ' · '))) {
                    found.push('title: ' + document.title);
                }
                const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                while (texts.nextNode()) {
                    const node = texts.currentNode;
                    if (hangul.test(node.data) && !korean(node.parentElement)
                            && !['SCRIPT', 'STYLE'].includes(node.parentElement.tagName)) {
                        found.push(node.parentElement.tagName + ': ' + node.data.trim());
                    }
                }
                for (const element of document.body.querySelectorAll('[title],[aria-label],[alt],[placeholder]')) {
                    for (const name of ['title', 'aria-label', 'alt', 'placeholder']) {
                        const value = element.getAttribute(name);
                        if (value && hangul.test(value) && !korean(element)) found.push(name + ': ' + value);
                    }
                }
                return found;""");
    }

    @Test
    void aDiscoveredActorPageIsAccessibleAndOffersItsDataFileEntry() throws IOException {
        String id = elements(api("/api/actors").get("actors"))
                .filter(actor -> actor.path("discovered").asBoolean(false))
                .max(Comparator.comparingInt(actor -> actor.get("eventMentions").asInt()))
                .orElseThrow(() -> new AssertionError("the seed articles name someone data/actors.yml does not list"))
                .get("id").asString();

        auditAndCapture("actor-discovered", "/actors/" + id);

        assertThat(browser.findElement(By.cssSelector(".discovered-tag")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("pre.yaml-entry")).getText()).contains("- id: " + id, "aliases: [");
    }

    @Test
    void aCompanionLeadsToTheirPairAsARelationship() throws IOException {
        open("/actors/sam-altman");
        WebElement pair = browser.findElement(By.cssSelector(".companions a.companion-pair"));
        String href = pair.getDomAttribute("href");
        pair.click();

        waitFor("the pair's page", () -> browser.getCurrentUrl().contains("/relationships/"));
        assertThat(browser.findElement(By.cssSelector("h1")).getText()).isNotBlank();
        auditAndCapture("relationship-pair", href.startsWith("/relationships/pair") ? href
                : "/relationships/pair?a=sam-altman&b=elon-musk");
    }

    @Test
    void axeReallyReportsViolations() {
        // Guards against a silent no-op: a page built with two known faults must fail.
        browser.get("data:text/html;charset=utf-8,<html><body><img src='x.png'><a href='/'></a></body></html>");

        assertThat(axe.violations(browser)).anyMatch(v -> v.startsWith("image-alt"))
                .anyMatch(v -> v.startsWith("link-name"));
    }

    @Test
    void apiDocsDescribeTheExportsAndTheirUiRunsUnderTheCsp() {
        JsonNode docs = api("/v3/api-docs");
        assertThat(docs.get("paths").propertyNames()).contains("/api/events", "/api/events/{slug}",
                "/api/timelinejs.json", "/api/events.csv", "/api/actors");
        for (String path : List.of("/api/events", "/api/timelinejs.json", "/api/events.csv")) {
            assertThat(elements(docs.at("/paths/" + path.replace("/", "~1") + "/get/parameters"))
                    .map(parameter -> parameter.get("name").asString()))
                    .as(path).contains("company", "person", "type", "relationship", "from", "to", "q");
        }

        open("/swagger-ui.html");

        waitFor("the operations listed by Swagger UI",
                () -> browser.findElements(By.cssSelector(".opblock-summary-path")).size() >= 5);
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")))
                .extracting(WebElement::getText).contains("/api/timelinejs.json", "/api/events.csv");
        assertThat(cspReports()).isEmpty();
    }

    /** axe at a desktop and a phone width, the CSP obeyed, and a full-height screenshot at each. */
    private void auditAndCapture(String name, String path) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int width : WIDTHS) {
            viewport(width, 900);
            open(path);
            axe.violations(browser).forEach(violation -> problems.add(width + "px " + violation));
            cspReports().forEach(report -> problems.add(width + "px " + report));
            screenshot(name + "-" + width + ".png", width);
        }
        assertThat(problems).as("axe-core and CSP on %s:%n%s", path, String.join("\n", problems)).isEmpty();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    /** An emulated screen (a phone is emulated as one); clicks are only made in the plain window. */
    private static void viewport(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The whole page, not just the first screen: the viewport is stretched to the document's height. */
    private static void screenshot(String file, int width) throws IOException {
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
        viewport(width, (int) Math.min(height, 16000));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(file), browser.getScreenshotAs(OutputType.BYTES));
        viewport(width, 900);
    }

    private static List<String> cspReports() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    private static List<String> chartSlugs() {
        List<String> slugs = new ArrayList<>();
        browser.findElements(CHART_MARKS).forEach(mark -> slugs.add(mark.getDomAttribute("data-slug")));
        browser.findElements(CHART_CLUSTERS).forEach(cluster ->
                slugs.addAll(Arrays.asList(cluster.getDomAttribute("data-slugs").strip().split("\\s+"))));
        return slugs;
    }

    private static List<String> listSlugs() {
        return browser.findElements(LIST_ITEMS).stream().map(item -> item.getDomAttribute("data-slug")).toList();
    }

    private static void waitFor(String what, BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage(what)
                .until(driver -> condition.getAsBoolean());
    }

    private List<String> eventsReportedBy(String article) {
        return elements(api("/api/events?size=1000").get("events"))
                .filter(event -> elements(event.get("sources"))
                        .anyMatch(source -> article.equals(source.get("article").asString())))
                .map(event -> event.get("slug").asString()).toList();
    }

    /** Slugs of an /api/events answer in timeline order, optionally only the dated ones. */
    private static List<String> slugs(JsonNode page, boolean datedOnly) {
        return elements(page.get("events"))
                .filter(event -> !datedOnly || !event.get("date").isNull())
                .map(event -> event.get("slug").asString()).toList();
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private JsonNode api(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Properties messages(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
