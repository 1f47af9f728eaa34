package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class LinksTest {

    private final Links links = new Links();

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void switchingLanguageKeepsTheFilterAndDropsTheOldChoice() {
        request("/", "company", "microsoft", "lang", "en", "page", "2");
        assertThat(links.withLang("ko")).isEqualTo("/?company=microsoft&page=2&lang=ko");
    }

    @Test
    void pagingKeepsTheFilterAndEncodesKorean() {
        request("/", "q", "소송", "from", "2024", "page", "0");
        assertThat(links.page(1)).isEqualTo("/?q=%EC%86%8C%EC%86%A1&from=2024&page=1");
    }

    @Test
    void removingAFilterGoesBackToTheFirstPageAndDropsEmptyFields() {
        request("/", "company", "microsoft", "person", "", "type", "FEUD", "page", "3");
        assertThat(links.without("company")).isEqualTo("/?type=FEUD");
    }

    @Test
    void onBootsErrorDispatchLinksPointAtWhatWasAskedFor() {
        MockHttpServletRequest request = request("/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/events/boom");
        assertThat(links.withLang("en")).isEqualTo("/events/boom?lang=en");
    }

    private static MockHttpServletRequest request(String uri, String... params) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        for (int i = 0; i < params.length; i += 2) {
            request.addParameter(params[i], params[i + 1]);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return request;
    }
}
