package io.yeonpyo.event;

import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.Conflict;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Timing;
import io.yeonpyo.extraction.Precision;
import io.yeonpyo.system.PartialDateConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A merged event: the unit the timeline shows. Rebuilt from mentions after every load. */
@Entity
@Table(name = "event")
class TimelineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    private Long id;

    private String slug;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private EventType type;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "event_date")
    private PartialDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private Precision precision;

    /** First and last day the date may denote: what the from/to filters compare. Null when undated. */
    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    /** Position in the whole timeline (dated by date, then undated), so pages are cut in the database. */
    @Column(name = "sort_order")
    private int sortOrder;

    private String headline;

    /** Null for an event merged from mentions read before English headlines were made. */
    @Column(name = "headline_en")
    private String headlineEn;

    @Embedded
    private StoredAmount amount;

    @Column(name = "article_count")
    private int articleCount;

    @Enumerated(EnumType.STRING)
    private Timing timing;

    @ElementCollection
    @CollectionTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "pos")
    @Column(name = "actor_id")
    private List<String> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_relationship", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "pos")
    @Column(name = "relationship_id")
    private List<String> relationships = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "mention_id"))
    @OrderColumn(name = "pos")
    private List<Mention> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_conflict_reading", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "pos")
    private List<StoredReading> conflicts = new ArrayList<>();

    protected TimelineEvent() {
    }

    /**
     * Without its sources: {@link TimelineRebuilder} writes them itself, after the event's row.
     *
     * @param articleCount how many distinct articles the sources come from
     */
    TimelineEvent(String slug, EventType type, PartialDate date, Timing timing, int sortOrder, String headline,
                  String headlineEn, Amount amount, List<String> actors, List<String> relationships,
                  List<Conflict> conflicts, int articleCount) {
        this.timing = timing;
        this.slug = slug;
        this.type = type;
        this.date = date;
        this.precision = date == null ? Precision.NONE : date.precision();
        this.firstDay = date == null ? null : date.firstDay();
        this.lastDay = date == null ? null : date.lastDay();
        this.sortOrder = sortOrder;
        this.headline = headline;
        this.headlineEn = headlineEn;
        this.amount = StoredAmount.of(amount);
        this.actors.addAll(actors);
        this.relationships.addAll(relationships);
        this.conflicts.addAll(StoredReading.of(conflicts));
        this.articleCount = articleCount;
    }

    Long id() {
        return id;
    }

    String slug() {
        return slug;
    }

    EventType type() {
        return type;
    }

    PartialDate date() {
        return date;
    }

    String headline() {
        return headline;
    }

    String headlineEn() {
        return headlineEn;
    }

    Amount amount() {
        return StoredAmount.toAmount(amount);
    }

    Timing timing() {
        return timing;
    }

    int articleCount() {
        return articleCount;
    }

    int sortOrder() {
        return sortOrder;
    }

    List<String> actors() {
        return actors;
    }

    List<String> relationships() {
        return relationships;
    }

    List<Mention> sources() {
        return sources;
    }

    List<Conflict> conflicts() {
        return StoredReading.toConflicts(conflicts);
    }
}
