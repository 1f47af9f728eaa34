package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorCandidate;
import java.util.List;
import java.util.Map;

/**
 * The unlisted names met in the stored articles, by article id: what actor discovery decides from. Owned here,
 * implemented by the feature that stores the articles.
 */
public interface ActorCandidates {

    Map<String, List<ActorCandidate>> byArticle();

    /** The text of a stored sentence, or null when it is gone. */
    String sentence(String articleId, int index);
}
