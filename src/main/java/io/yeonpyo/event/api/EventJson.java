package io.yeonpyo.event.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.yeonpyo.event.ActorRef;
import io.yeonpyo.event.ConflictView;
import io.yeonpyo.event.EventView;
import io.yeonpyo.event.SourceView;
import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.Conflict;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Precision;
import io.yeonpyo.extraction.Qualifier;
import io.yeonpyo.extraction.Timing;
import java.math.BigDecimal;
import java.util.List;

/**
 * One event in the public API. Absent values are written as {@code null}, never left out, whatever the
 * application's Jackson defaults: clients can rely on every key being there. {@code timing} says whether the date is
 * when it happened (DONE), when it is planned (PLANNED), or a deadline or the end of a term (DEADLINE).
 * {@code headline} is Korean, {@code headlineEn} English (null for an event read before English headlines were
 * made); {@code conflicts} lists what the sources disagree on, each side with its reading and its outlets.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record EventJson(String slug, String date, Precision precision, Qualifier qualifier, Timing timing, EventType type,
                 List<String> actors, List<String> relationships, String headline, String headlineEn, AmountJson amount,
                 List<SourceJson> sources, List<ConflictJson> conflicts) {

    static EventJson of(EventView event) {
        PartialDate date = event.date();
        return new EventJson(event.slug(),
                date == null ? null : date.iso(),
                date == null ? Precision.NONE : date.precision(),
                date == null ? null : date.qualifier(),
                event.timing(),
                event.type(),
                event.actors().stream().map(ActorRef::id).toList(),
                event.relationships(),
                event.headline(),
                event.headlineEn(),
                AmountJson.of(event.amount()),
                event.sources().stream().map(SourceJson::of).toList(),
                event.conflicts().stream().map(ConflictJson::of).toList());
    }

    /** {@code kind} is DATE or AMOUNT; {@code moreReadings} counts the readings left out of {@code readings}. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ConflictJson(Conflict.Kind kind, List<ReadingJson> readings, int moreReadings) {

        static ConflictJson of(ConflictView conflict) {
            return new ConflictJson(conflict.kind(), conflict.sides().stream().map(ReadingJson::of).toList(),
                    conflict.moreSides());
        }
    }

    /**
     * One side: its date (ISO partial date) or its amount, how its first article wrote it ({@code quote}), the
     * outlets that say so and how many more articles do ({@code moreSources}).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ReadingJson(String date, AmountJson amount, String quote, List<String> outlets, int moreSources) {

        static ReadingJson of(ConflictView.Side side) {
            return new ReadingJson(side.date() == null ? null : side.date().iso(), AmountJson.of(side.amount()),
                    side.quote(), side.outlets(), side.moreSources());
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AmountJson(BigDecimal value, String currency, BigDecimal usd, String text) {

        static AmountJson of(Amount amount) {
            return amount == null ? null
                    : new AmountJson(plain(amount.value()), amount.currency(), plain(amount.usd()), amount.text());
        }

        // A negative scale (1E+9) would be written in exponent notation; readers of the JSON expect 1000000000.
        private static BigDecimal plain(BigDecimal value) {
            return value == null || value.scale() >= 0 ? value : value.setScale(0);
        }
    }

    /** {@code article} is the article id (file name without extension); {@code publishedOn} an ISO partial date. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SourceJson(String article, String sentence, String dateText, String publishedOn) {

        static SourceJson of(SourceView source) {
            return new SourceJson(source.articleId(), source.sentence(), source.dateText(),
                    source.publishedOn() == null ? null : source.publishedOn().iso());
        }
    }
}
