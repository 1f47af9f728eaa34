package io.yeonpyo.event;

import io.yeonpyo.extraction.Conflict;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.system.PartialDateConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One side of a {@link Conflict} as a row: the readings of a conflict are consecutive rows of the same kind. */
@Embeddable
class StoredReading {

    @Enumerated(EnumType.STRING)
    private Conflict.Kind kind;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "reading_date")
    private PartialDate date;

    @Embedded
    private StoredAmount amount;

    private String quote;

    /** Joined by '/': an article id is a file name, the one thing that never holds it. */
    @Column(name = "article_ids")
    private String articleIds;

    @Column(name = "more_articles")
    private int moreArticles;

    @Column(name = "more_readings")
    private int moreReadings;

    protected StoredReading() {
    }

    private StoredReading(Conflict conflict, Conflict.Reading reading) {
        this.kind = conflict.kind();
        this.date = reading.date();
        this.amount = StoredAmount.of(reading.amount());
        this.quote = reading.quote();
        this.articleIds = String.join("/", reading.articleIds());
        this.moreArticles = reading.moreArticles();
        this.moreReadings = conflict.moreReadings();
    }

    static List<StoredReading> of(List<Conflict> conflicts) {
        List<StoredReading> rows = new ArrayList<>();
        conflicts.forEach(c -> c.readings().forEach(r -> rows.add(new StoredReading(c, r))));
        return rows;
    }

    static List<Conflict> toConflicts(List<StoredReading> rows) {
        List<Conflict> conflicts = new ArrayList<>();
        List<Conflict.Reading> readings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            StoredReading row = rows.get(i);
            readings.add(new Conflict.Reading(row.date, StoredAmount.toAmount(row.amount), row.quote,
                    Arrays.asList(row.articleIds.split("/")), row.moreArticles));
            if (i + 1 == rows.size() || rows.get(i + 1).kind != row.kind) {
                conflicts.add(new Conflict(row.kind, readings, row.moreReadings));
                readings = new ArrayList<>();
            }
        }
        return conflicts;
    }
}
