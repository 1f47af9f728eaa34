package io.yeonpyo.event;

import io.yeonpyo.system.ContentChanged;

/**
 * Published once a rebuild has committed (and at start-up, when the stored timeline is current). It carries no
 * events: listeners that need them read {@link SearchableEvents} page by page, so memory stays bounded.
 */
public record TimelineRebuilt() implements ContentChanged {
}
