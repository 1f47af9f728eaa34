package io.yeonpyo.event;

import io.yeonpyo.extraction.Derivation;
import io.yeonpyo.extraction.PartialDate;

/**
 * One article's report of an event.
 *
 * @param articleId   file name without extension
 * @param dateText    the date expression as written in the sentence, or null
 * @param date        what that source says the date is, or null
 * @param derivation  how the date was obtained, or null
 * @param publishedOn the article's publication date, or null when unknown
 */
public record SourceView(String articleId, String articleTitle, String outlet, int sentenceIndex, String sentence,
                         String dateText, PartialDate date, Derivation derivation, PartialDate publishedOn) {

    /** How a source is named to readers: its outlet, else its article's title, else the article id. */
    public String name() {
        return nameOf(articleId, outlet, articleTitle);
    }

    static String nameOf(String articleId, String outlet, String articleTitle) {
        return outlet != null && !outlet.isBlank() ? outlet
                : articleTitle != null && !articleTitle.isBlank() ? articleTitle : articleId;
    }
}
