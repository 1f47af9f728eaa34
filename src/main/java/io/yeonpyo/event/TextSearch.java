package io.yeonpyo.event;

import java.util.Set;

/**
 * Full-text search over events, implemented outside this feature (Korean analysis is the search feature's job).
 * The timeline narrows its database query to the slugs this returns.
 */
public interface TextSearch {

    /** Slugs of the events whose headline, sentences or actors match the reader's words. */
    Set<String> matchingSlugs(String query);
}
