package io.yeonpyo.event.web;

import io.yeonpyo.event.EventFilter;
import io.yeonpyo.event.chart.TimelineChart;
import io.yeonpyo.extraction.PartialDate;

/**
 * Links from what a chart draws to the timeline showing the events behind it. The charts return marks and
 * dates; the pages hand this to their templates, and the query string comes from {@link EventFilter#toQuery()}.
 *
 * @param base the filter the page shows: a cluster's link keeps it and narrows it to the cluster's lane and date
 */
public record TimelineLinks(EventFilter base) {

    /** The timeline's path. */
    static final String TIMELINE = "/";

    /** The timeline narrowed to one cluster's lane and date, keeping the rest of the filter: a link a reader can share. */
    public String cluster(TimelineChart.Cluster cluster) {
        return to(base.narrowedTo(cluster.relationshipId(), cluster.date(), cluster.date()));
    }

    /** One relationship's events in one period, whatever the page's filter (a temperature bar). */
    public String period(String relationship, PartialDate from, PartialDate to) {
        return to(EventFilter.NONE.narrowedTo(relationship, from, to));
    }

    private static String to(EventFilter filter) {
        String query = filter.toQuery();
        return query.isEmpty() ? TIMELINE : TIMELINE + "?" + query;
    }
}
