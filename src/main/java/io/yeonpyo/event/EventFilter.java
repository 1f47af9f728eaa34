package io.yeonpyo.event;

import io.yeonpyo.actor.ActorView;
import io.yeonpyo.extraction.ActorKind;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * What a reader asked to see. Every field is optional (null = no restriction). {@code from}/{@code to} are
 * inclusive and compare periods: from=2023 keeps everything that may fall in 2023 or later. {@code disputed}
 * keeps only the events whose sources disagree (null or false: all).
 * <p>
 * The one place a filter meets a URL: the pages and the API bind their query parameters, which have the
 * components' names, into records that build this filter, and {@link #toQuery()} writes it back.
 */
public record EventFilter(String company, String person, EventType type, String relationship,
                          PartialDate from, PartialDate to, String q, Boolean disputed) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null);

    /** Disputed and undisputed events alike. */
    public EventFilter(String company, String person, EventType type, String relationship, PartialDate from,
                       PartialDate to, String q) {
        this(company, person, type, relationship, from, to, q, null);
    }

    /** One actor's events: a company by the company filter, a person by the person filter. */
    public static EventFilter of(ActorView actor) {
        return actor.kind() == ActorKind.COMPANY
                ? new EventFilter(actor.id(), null, null, null, null, null, null)
                : new EventFilter(null, actor.id(), null, null, null, null, null);
    }

    /** An empty form field sends blank text: it restricts nothing. */
    public EventFilter {
        company = blankToNull(company);
        person = blankToNull(person);
        relationship = blankToNull(relationship);
        q = blankToNull(q);
        disputed = Boolean.TRUE.equals(disputed) ? Boolean.TRUE : null; // false restricts nothing, as null does
    }

    /** The same filter narrowed to one relationship (null keeps the current one) and one period. */
    public EventFilter narrowedTo(String relationship, PartialDate from, PartialDate to) {
        return new EventFilter(company, person, type, relationship != null ? relationship : this.relationship,
                from, to, q, disputed);
    }

    /** The query string that binds back to this filter, parameters in form order, without the leading "?". */
    public String toQuery() {
        StringJoiner query = new StringJoiner("&");
        param(query, "company", company);
        param(query, "person", person);
        param(query, "type", type == null ? null : type.name());
        param(query, "relationship", relationship);
        param(query, "from", from == null ? null : from.iso());
        param(query, "to", to == null ? null : to.iso());
        param(query, "q", q);
        param(query, "disputed", disputed == null ? null : "true");
        return query.toString();
    }

    private static void param(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }

    /** Form values as the filter keeps them: stripped, and blank meaning "no restriction". */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
