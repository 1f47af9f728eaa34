package io.yeonpyo.event;

import io.yeonpyo.extraction.EventMention;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Write side for the loader, inside the article's transaction. Old mentions are retired, not deleted: the events
 * on screen keep their sources until {@link TimelineRebuilder#rebuild()} swaps in the new timeline.
 */
@Service
public class MentionStore {

    private final MentionRepository mentions;

    MentionStore(MentionRepository mentions) {
        this.mentions = mentions;
    }

    /** The mentions of an article that has none current: new, or whose old ones were just removed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String articleId, ArticleMeta article, List<EventMention> extracted) {
        for (int i = 0; i < extracted.size(); i++) {
            mentions.save(new Mention(articleId, i, article, extracted.get(i)));
        }
        mentions.markNeedsRebuild(true);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void removeArticle(String articleId) {
        mentions.retireByArticleId(articleId);
        mentions.markNeedsRebuild(true);
    }
}
