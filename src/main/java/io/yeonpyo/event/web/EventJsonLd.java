package io.yeonpyo.event.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.yeonpyo.event.ActorRef;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.SourceView;
import io.yeonpyo.extraction.ActorKind;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import tools.jackson.databind.ObjectMapper;

/**
 * schema.org {@code Event} for search engines and other machine readers of an event page. {@code startDate} is
 * ISO 8601 at the precision known ("2019", "2023-11"), absent when the event is undated; the participants are
 * {@code attendee}s, the reporting articles {@code subjectOf}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EventJsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type, String name,
                   String startDate, String description, String url, List<Thing> attendee, List<Thing> subjectOf) {

    /** In the reader's language: the headline and the participants' names; the quoted source stays as written. */
    static EventJsonLd of(EventView event, Locale locale, UnaryOperator<String> absoluteUrl) {
        return new EventJsonLd("https://schema.org", "Event", event.headlineFor(locale),
                event.date() == null ? null : event.date().iso(),
                event.sources().isEmpty() ? null : event.sources().get(0).sentence(),
                absoluteUrl.apply("/events/" + event.slug()),
                event.actors().stream().map(actor -> Thing.of(actor, locale)).toList(),
                event.sources().stream().map(source -> Thing.of(source, absoluteUrl)).distinct().toList());
    }

    /**
     * The JSON for a {@code <script type="application/ld+json">} element. A {@code <} inside a string could end
     * the element early ({@code </script>}) or open a comment; as {@code \u003c} it means the same to a JSON reader
     * and nothing to the HTML parser.
     */
    String toScript(ObjectMapper json) {
        return json.writeValueAsString(this).replace("<", "\\u003c");
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Thing(@JsonProperty("@type") String type, String name, String headline, String url, Thing publisher) {

        static Thing of(ActorRef actor, Locale locale) {
            String type = actor.kind() == ActorKind.PERSON ? "Person" : "Organization";
            return new Thing(type, actor.nameFor(locale), null, null, null);
        }

        static Thing of(SourceView source, UnaryOperator<String> absoluteUrl) {
            Thing publisher = source.outlet() == null ? null
                    : new Thing("Organization", source.outlet(), null, null, null);
            return new Thing("NewsArticle", null, source.articleTitle(),
                    absoluteUrl.apply("/articles/" + source.articleId()), publisher);
        }
    }
}
