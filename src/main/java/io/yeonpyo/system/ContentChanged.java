package io.yeonpyo.system;

/** Published (as an application event) when what readers see has changed, so caches start afresh. */
public interface ContentChanged {
}
