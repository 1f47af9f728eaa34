package io.yeonpyo.event;

import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.EventType;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.Timing;
import io.yeonpyo.system.DerivationConverter;
import io.yeonpyo.system.PartialDateConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event as read in one article. Article title, outlet and date are copied in so that the event side never
 * needs to reach back into the article feature; the row is replaced whenever its article changes.
 */
@Entity
@Table(name = "mention")
class Mention {

    /** From {@code mention_seq}, when {@link MentionStore} writes the row; this entity only reads mentions. */
    @Id
    private Long id;

    @Column(name = "article_id", nullable = false)
    private String articleId;

    private int ordinal;

    private boolean retired;

    @Column(name = "sentence_idx")
    private int sentenceIndex;

    private String sentence;

    private String clause;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private EventType type;

    /** Actor ids joined by commas: always read and written whole, never queried. */
    private String actors;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "event_date")
    private PartialDate date;

    @Column(name = "date_text")
    private String dateText;

    @Convert(converter = DerivationConverter.class)
    private Derivation derivation;

    @Embedded
    private StoredAmount amount;

    private String headline;

    @Column(name = "headline_en")
    private String headlineEn;

    @Column(name = "article_title")
    private String articleTitle;

    private String outlet;

    @Convert(converter = PartialDateConverter.class)
    @Column(name = "published_on")
    private PartialDate publishedOn;

    @Enumerated(EnumType.STRING)
    private Timing timing;

    protected Mention() {
    }

    SourceView toSourceView() {
        return new SourceView(articleId, articleTitle, outlet, sentenceIndex, sentence, dateText, date, derivation,
                publishedOn);
    }

    String articleId() {
        return articleId;
    }

    String sentence() {
        return sentence;
    }
}
