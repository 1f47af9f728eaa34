package io.yeonpyo.event.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.SourceView;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Precision;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * TimelineJS3's JSON format: a title slide and one slide per dated event. TimelineJS renders {@code text} as
 * HTML, so every string taken from an article is HTML-escaped here. Keys TimelineJS does not need are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineJsJson(Slide title, List<Slide> events) {

    /**
     * @param locale       the language of the headlines
     * @param groupName    the name of a relationship in that language, by id: TimelineJS shows groups as labels
     */
    static TimelineJsJson of(String headline, String note, List<EventView> events, Locale locale,
                             Function<PartialDate, String> dateLabel, Function<String, String> groupName) {
        Slide title = new Slide(null, new Text(escape(headline), escape(note)), null, null);
        return new TimelineJsJson(title, events.stream()
                .filter(event -> event.date() != null)
                .map(event -> Slide.of(event, locale, dateLabel, groupName))
                .toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Slide(@JsonProperty("start_date") StartDate startDate, Text text, String group,
                 @JsonProperty("unique_id") String uniqueId) {

        static Slide of(EventView event, Locale locale, Function<PartialDate, String> dateLabel,
                        Function<String, String> groupName) {
            String sources = event.sources().stream().map(Slide::source).collect(Collectors.joining());
            return new Slide(StartDate.of(event.date(), dateLabel),
                    new Text(escape(event.headlineFor(locale)), sources),
                    event.relationships().isEmpty() ? null : escape(groupName.apply(event.relationships().get(0))),
                    event.slug());
        }

        private static String source(SourceView source) {
            return "<p>" + escape(source.sentence()) + " <cite>" + escape(source.name()) + "</cite></p>";
        }
    }

    /**
     * Only the parts of the date that are known: a year-precision event has no month or day, rather than a fake
     * 1 January. A qualified date (2024 초) is labelled in words, since TimelineJS has no field for it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StartDate(Integer year, Integer month, Integer day, @JsonProperty("display_date") String displayDate) {

        static StartDate of(PartialDate date, Function<PartialDate, String> dateLabel) {
            return new StartDate(date.year(),
                    date.precision() == Precision.YEAR ? null : date.month(),
                    date.precision() == Precision.DAY ? date.day() : null,
                    date.qualifier() == null ? null : escape(dateLabel.apply(date)));
        }
    }

    record Text(String headline, String text) {
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
