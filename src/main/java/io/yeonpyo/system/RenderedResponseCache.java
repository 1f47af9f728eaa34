package io.yeonpyo.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The data changes only when articles are reloaded, so a rendered page or API answer stays right until then:
 * keep it, serve it again without rendering, and let browsers revalidate with an ETag. Everything is dropped when
 * the content changes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
@ConditionalOnBooleanProperty(name = "timeline.response-cache", matchIfMissing = true)
class RenderedResponseCache extends OncePerRequestFilter {

    private static final int MAX_ENTRIES = 4000;
    private static final int MAX_KEY_LENGTH = 2000;
    private static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    private static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    private final AtomicLong totalBytes = new AtomicLong();

    private record Entry(byte[] body, String contentType, String etag) {
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void contentChanged(ContentChanged change) {
        version.incrementAndGet();
        clear();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = cacheKey(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Entry cached = entries.get(key);
        if (cached != null) {
            serve(cached, request, response);
            return;
        }
        long renderedFor = version.get();
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && !wrapper.containsHeader(HttpHeaders.SET_COOKIE)
                && body.length <= MAX_BODY_BYTES && renderedFor == version.get()) {
            Entry entry = new Entry(body, wrapper.getContentType(), etag(renderedFor, body));
            if (entries.size() >= MAX_ENTRIES || totalBytes.get() + body.length > MAX_TOTAL_BYTES) {
                clear(); // crude but bounded; a reload clears everything anyway
            }
            if (entries.put(key, entry) == null) {
                totalBytes.addAndGet(body.length);
            }
            wrapper.setHeader(HttpHeaders.ETAG, entry.etag());
            wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        wrapper.copyBodyToResponse();
    }

    private void clear() {
        entries.clear();
        totalBytes.set(0);
    }

    private static void serve(Entry entry, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(HttpHeaders.ETAG, entry.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (entry.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        response.getOutputStream().write(entry.body());
    }

    /** Null for what must not be cached: non-GET, a language switch (it sets a cookie), oversized URLs. */
    private static String cacheKey(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter(WebConfiguration.LANG_PARAM) != null
                || request.getRequestURI().startsWith("/actuator")) {
            return null;
        }
        String query = request.getQueryString();
        // htmx asks the same URL for a fragment (HX-Request) or, restoring history, for the whole page again;
        // exports and JSON-LD carry absolute links, so a page is kept per host it was asked under.
        String key = request.getServerName() + ":" + request.getServerPort() + request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + language(request)
                + "|" + request.getHeader("HX-Request") + "|" + request.getHeader("HX-History-Restore-Request");
        return key.length() > MAX_KEY_LENGTH ? null : key;
    }

    private static String language(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return "";
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(WebConfiguration.LOCALE_COOKIE)) {
                return cookie.getValue();
            }
        }
        return "";
    }

    private static String etag(long version, byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return "\"" + version + "-" + HexFormat.of().toHexDigits((int) crc.getValue()) + "\"";
    }
}
