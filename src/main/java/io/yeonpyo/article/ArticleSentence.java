package io.yeonpyo.article;

import io.yeonpyo.extraction.DateMention;
import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.SentenceKind;
import io.yeonpyo.system.DerivationConverter;
import io.yeonpyo.system.PartialDateConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of an article with the date expressions found in it, as read back for the article page. Written by
 * {@link SentenceWriter}, never through this entity.
 */
@Entity
@Table(name = "article_sentence")
class ArticleSentence {

    @EmbeddedId
    private SentenceId id;

    @MapsId("articleId")
    @ManyToOne
    @JoinColumn(name = "article_id")
    private ArticleRecord article;

    @Enumerated(EnumType.STRING)
    private SentenceKind kind;

    private String text;

    @ElementCollection
    @CollectionTable(name = "sentence_date", joinColumns = {
            @JoinColumn(name = "article_id", referencedColumnName = "article_id"),
            @JoinColumn(name = "sentence_idx", referencedColumnName = "idx")})
    @OrderColumn(name = "pos")
    private List<StoredDate> dates = new ArrayList<>();

    protected ArticleSentence() {
    }

    int index() {
        return id.index;
    }

    SentenceKind kind() {
        return kind;
    }

    String text() {
        return text;
    }

    List<DateMention> dates() {
        return dates.stream().map(StoredDate::toMention).toList();
    }

    @Embeddable
    static class SentenceId implements Serializable {

        @Column(name = "article_id")
        private String articleId;

        @Column(name = "idx")
        private int index;

        protected SentenceId() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SentenceId that && index == that.index && articleId.equals(that.articleId);
        }

        @Override
        public int hashCode() {
            return articleId.hashCode() * 31 + index;
        }
    }

    @Embeddable
    static class StoredDate {

        @Column(name = "start_offset")
        private int start;

        @Column(name = "end_offset")
        private int end;

        private String text;

        @Convert(converter = PartialDateConverter.class)
        private PartialDate resolved;

        @Convert(converter = DerivationConverter.class)
        private Derivation derivation;

        protected StoredDate() {
        }

        DateMention toMention() {
            return new DateMention(text, start, end, resolved, derivation);
        }
    }
}
