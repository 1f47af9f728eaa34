package io.yeonpyo.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Inline styles are allowed on Swagger UI's pages only; inline scripts nowhere. */
class SecurityHeadersFilterTest {

    @ParameterizedTest
    @CsvSource({
            "/, style-src 'self';",
            "/events/x, style-src 'self';",
            "/v3/api-docs, style-src 'self';",
            "/swagger-ui.html, style-src 'self';",
            "/swagger-ui/index.html, style-src 'self' 'unsafe-inline';"})
    void stylePolicyDependsOnThePath(String path, String styleSrc) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new SecurityHeadersFilter().doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());

        assertThat(response.getHeader("Content-Security-Policy")).contains(styleSrc).contains("script-src 'self';")
                .doesNotContain("unsafe-eval").contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
    }
}
