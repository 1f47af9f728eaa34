package io.yeonpyo.event;

import io.yeonpyo.extraction.EventMention;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Write side for the loader: an article's mentions are replaced as a whole, inside the article's transaction. */
@Service
public class MentionStore {

    private final MentionRepository mentions;

    MentionStore(MentionRepository mentions) {
        this.mentions = mentions;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void replace(String articleId, ArticleMeta article, List<EventMention> extracted) {
        mentions.deleteByArticleId(articleId);
        mentions.flush();
        for (int i = 0; i < extracted.size(); i++) {
            mentions.save(new Mention(articleId, i, article, extracted.get(i)));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeArticle(String articleId) {
        mentions.deleteByArticleId(articleId);
    }
}
