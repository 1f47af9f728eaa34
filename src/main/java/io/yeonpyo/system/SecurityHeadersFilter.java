package io.yeonpyo.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser hardening for every response. Templates carry no inline script or style, so the policy can forbid
 * both; {@code frame-ancestors 'none'} keeps the timeline from being framed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before the response cache, so cached answers carry the headers too
class SecurityHeadersFilter extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = policy("'self'");

    /**
     * Swagger UI (springdoc, under {@code /swagger-ui/}) loads only its own script files but its bundle sets inline
     * styles at run time, which {@code style-src 'self'} blocks. Those pages alone may use inline styles; scripts
     * stay {@code 'self'} everywhere, and our own pages keep the strict policy.
     */
    static final String API_DOCS_UI_POLICY = policy("'self' 'unsafe-inline'");
    static final String API_DOCS_UI_PATH = "/swagger-ui/";

    private static String policy(String styleSources) {
        return "default-src 'self'; script-src 'self'; style-src " + styleSources + "; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean apiDocsUi = request.getRequestURI().startsWith(request.getContextPath() + API_DOCS_UI_PATH);
        response.setHeader("Content-Security-Policy", apiDocsUi ? API_DOCS_UI_POLICY : CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, response);
    }
}
