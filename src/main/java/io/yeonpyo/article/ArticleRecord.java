package io.yeonpyo.article;

import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.system.PartialDateConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A loaded article file. */
@Entity
@Table(name = "article")
class ArticleRecord {

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

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id.index")
    private List<ArticleSentence> sentences = new ArrayList<>();

    protected ArticleRecord() {
    }

    ArticleRecord(ArticleDocument document, String title, String contentHash, String charset, Instant loadedAt) {
        this.id = document.id();
        this.fileName = document.fileName();
        this.contentHash = contentHash;
        this.title = title;
        this.outlet = document.outlet();
        this.url = document.url();
        this.published = document.published();
        this.publishedOrigin = document.publishedOrigin();
        this.charset = charset;
        this.warning = document.warning();
        this.loadedAt = loadedAt;
    }

    void addSentence(ArticleSentence sentence) {
        sentences.add(sentence);
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
