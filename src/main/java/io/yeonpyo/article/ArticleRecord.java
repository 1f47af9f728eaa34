package io.yeonpyo.article;

import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.system.PartialDateConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Persistable;

/**
 * A loaded article file. Its id is assigned (the file name), so it says itself whether it is new: otherwise saving
 * it would be a merge, with a SELECT for the article and for each of its sentences.
 */
@Entity
@Table(name = "article")
class ArticleRecord implements Persistable<String> {

    @Id
    private String id;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_hash")
    private String contentHash;

    private String title;

    private String outlet;

    private String url;

    @Convert(converter = PartialDateConverter.class)
    private PartialDate published;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_origin")
    private PublishedOrigin publishedOrigin;

    private String charset;

    private String warning;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    // Read only: SentenceWriter writes the sentences, and the database deletes them with the article.
    @OneToMany(mappedBy = "article")
    @OrderBy("id.index")
    private List<ArticleSentence> sentences = new ArrayList<>();

    @Transient
    private boolean fresh;

    protected ArticleRecord() {
    }

    /** @param warning the document's warnings in English, or null */
    ArticleRecord(ArticleDocument document, String title, String warning, String contentHash, String charset,
                  Instant loadedAt) {
        this.id = document.id();
        this.fileName = document.fileName();
        this.contentHash = contentHash;
        this.title = title;
        this.outlet = document.outlet();
        this.url = document.url();
        this.published = document.published();
        this.publishedOrigin = document.publishedOrigin();
        this.charset = charset;
        this.warning = warning;
        this.loadedAt = loadedAt;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostPersist
    @PostLoad
    void stored() {
        fresh = false;
    }

    String id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    String contentHash() {
        return contentHash;
    }

    String title() {
        return title;
    }

    String outlet() {
        return outlet;
    }

    String url() {
        return url;
    }

    PartialDate published() {
        return published;
    }

    PublishedOrigin publishedOrigin() {
        return publishedOrigin;
    }

    List<ArticleSentence> sentences() {
        return sentences;
    }
}
