package io.yeonpyo.article;

import io.yeonpyo.extraction.AnalyzedSentence;
import io.yeonpyo.extraction.DateMention;
import io.yeonpyo.system.DerivationConverter;
import io.yeonpyo.system.PartialDateConverter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes an article's sentences and their dates as two JDBC batches, inside the loader's transaction. They are most
 * of the rows a load writes (about fifty sentences per article) and are never changed once written, so going through
 * the entity manager would only add its per-entity bookkeeping; {@link ArticleSentence} still reads them.
 */
@Component
class SentenceWriter {

    private static final String INSERT_SENTENCE =
            "insert into article_sentence (article_id, idx, kind, text) values (?, ?, ?, ?)";
    private static final String INSERT_DATE = "insert into sentence_date (article_id, sentence_idx, pos,"
            + " start_offset, end_offset, text, resolved, derivation) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    SentenceWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The article's row must already be written (the sentences refer to it). */
    void write(String articleId, List<AnalyzedSentence> sentences) {
        List<Object[]> sentenceRows = new ArrayList<>(sentences.size());
        List<Object[]> dateRows = new ArrayList<>();
        for (AnalyzedSentence sentence : sentences) {
            sentenceRows.add(new Object[] {articleId, sentence.index(), sentence.kind().name(), sentence.text()});
            List<DateMention> dates = sentence.dates();
            for (int pos = 0; pos < dates.size(); pos++) {
                DateMention date = dates.get(pos);
                dateRows.add(new Object[] {articleId, sentence.index(), pos, date.start(), date.end(), date.text(),
                        PartialDateConverter.toText(date.resolved()),
                        DerivationConverter.toText(date.derivation())});
            }
        }
        jdbc.batchUpdate(INSERT_SENTENCE, sentenceRows);
        if (!dateRows.isEmpty()) {
            jdbc.batchUpdate(INSERT_DATE, dateRows);
        }
    }
}
