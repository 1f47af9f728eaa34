package io.yeonpyo.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed, so paging, removing one filter or switching
 * language keeps everything else the reader chose. Templates call it as {@code ${@links.page(2)}}.
 */
public class Links {

    private static final String PAGE = "page";

    /** The current page in another language. */
    public String withLang(String lang) {
        return current(Set.of(WebConfiguration.LANG_PARAM)).queryParam(WebConfiguration.LANG_PARAM, lang)
                .build().encode().toUriString();
    }

    /** The current page of results at another page number. */
    public String page(int page) {
        return current(Set.of(PAGE)).queryParam(PAGE, page).build().encode().toUriString();
    }

    /** The current results without one filter (back to the first page). */
    public String without(String param) {
        return current(Set.of(param, PAGE)).build().encode().toUriString();
    }

    private static UriComponentsBuilder current(Set<String> dropped) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        // On Boot's error dispatch the URI is /error; link to what the reader actually asked for.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        for (Map.Entry<String, String[]> param : request.getParameterMap().entrySet()) {
            if (!dropped.contains(param.getKey()) && !WebConfiguration.LANG_PARAM.equals(param.getKey())) {
                for (String value : param.getValue()) {
                    if (!value.isBlank()) {
                        builder.queryParam(param.getKey(), value);
                    }
                }
            }
        }
        return builder;
    }
}
