package io.yeonpyo.system;

import io.yeonpyo.extraction.EventType;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Locale switching ({@code ?lang=en}), parameter formatting, and the view helpers templates call as
 * {@code @dates}, {@code @amounts} and {@code @links}; declared here so {@code @WebMvcTest} slices get them too.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final String LANG_PARAM = "lang";
    static final String LOCALE_COOKIE = "yeonpyo-lang";

    @Bean
    LocaleResolver localeResolver() {
        return new KoreanFirstLocaleResolver();
    }

    @Bean
    DateLabels dates(MessageSource messages) {
        return new DateLabels(messages);
    }

    @Bean
    AmountLabels amounts(MessageSource messages) {
        return new AmountLabels(messages);
    }

    @Bean
    DerivationLabels derivations(MessageSource messages) {
        return new DerivationLabels(messages);
    }

    @Bean
    Links links() {
        return new Links();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName(LANG_PARAM);
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatter(new PartialDateFormatter());
        // Links are written by hand too: ?type=investment means what ?type=INVESTMENT means.
        registry.addConverter(String.class, EventType.class,
                text -> EventType.valueOf(text.strip().toUpperCase(Locale.ROOT)));
    }
}
