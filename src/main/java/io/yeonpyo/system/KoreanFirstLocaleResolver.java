package io.yeonpyo.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Korean unless the reader picked English with {@code ?lang=en}; the choice is kept in a cookie so links need
 * not carry it. The browser's Accept-Language is deliberately ignored (the product is Korean first), and a
 * language we have no bundle for falls back to Korean rather than to the server's system locale.
 */
class KoreanFirstLocaleResolver extends CookieLocaleResolver {

    private static final Set<String> SUPPORTED = Set.of("ko", "en");

    KoreanFirstLocaleResolver() {
        super(WebConfiguration.LOCALE_COOKIE);
        setDefaultLocale(Locale.KOREAN);
        setCookieMaxAge(Duration.ofDays(365));
    }

    @Override
    public void setLocaleContext(HttpServletRequest request, HttpServletResponse response, LocaleContext context) {
        Locale locale = context == null ? null : context.getLocale();
        boolean supported = locale != null && SUPPORTED.contains(locale.getLanguage());
        super.setLocaleContext(request, response, supported ? context : null);
    }
}
