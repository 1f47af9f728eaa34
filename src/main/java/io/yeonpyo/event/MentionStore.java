package io.yeonpyo.event;

import static io.yeonpyo.system.PartialDateConverter.toText;

import io.yeonpyo.extraction.Amount;
import io.yeonpyo.extraction.EventMention;
import io.yeonpyo.system.DerivationConverter;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write side for the loader, inside the article's transaction. Old mentions are retired, not deleted: the events
 * on screen keep their sources until {@link TimelineRebuilder#rebuild()} swaps in the new timeline.
 * <p>
 * New mentions are written as one JDBC batch: they are never changed once written, and a 10,000-article load writes
 * 164,000 of them, each of which the entity manager would persist, queue and flush on its own. The ids still come
 * from {@code mention_seq}, in the database's own syntax.
 */
@Service
public class MentionStore {

    private final MentionRepository mentions;
    private final JdbcTemplate jdbc;
    private final String insert;

    MentionStore(MentionRepository mentions, JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.mentions = mentions;
        this.jdbc = jdbc;
        String nextId = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect()
                .getSequenceSupport().getSelectSequenceNextValString("mention_seq");
        this.insert = "insert into mention (id, article_id, ordinal, sentence_idx, sentence, clause, event_type,"
                + " actors, event_date, date_text, derivation, amount_value, amount_upper, amount_currency,"
                + " amount_usd, amount_text, headline, headline_en, article_title, outlet, published_on, timing)"
                + " values (" + nextId + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** The mentions of an article that has none current: new, or whose old ones were just removed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String articleId, ArticleMeta article, List<EventMention> extracted) {
        List<Object[]> rows = new ArrayList<>(extracted.size());
        for (int ordinal = 0; ordinal < extracted.size(); ordinal++) {
            EventMention mention = extracted.get(ordinal);
            Amount amount = mention.amount();
            rows.add(new Object[] {articleId, ordinal, mention.sentenceIndex(), mention.sentence(), mention.clause(),
                    mention.type().name(), String.join(",", mention.actors()), toText(mention.date()),
                    mention.dateText(), DerivationConverter.toText(mention.derivation()),
                    amount == null ? null : amount.value(), amount == null ? null : amount.upper(),
                    amount == null ? null : amount.currency(), amount == null ? null : amount.usd(),
                    amount == null ? null : amount.text(),
                    mention.headline(), mention.headlineEn(), article.title(), article.outlet(),
                    toText(article.publishedOn()), mention.timing().name()});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insert, rows);
        }
        mentions.markNeedsRebuild(true);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeArticle(String articleId) {
        mentions.retireByArticleId(articleId);
        mentions.markNeedsRebuild(true);
    }
}
