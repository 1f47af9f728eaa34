package io.yeonpyo.timeline.web;

import io.yeonpyo.event.chart.TimelineChart;

/**
 * The lanes chart above the list: wide and tall variants of the same events.
 *
 * @param partial true when the filtered set was too large to draw whole, so only the current page is drawn
 */
record TimelineChartView(TimelineChart wide, TimelineChart tall, boolean partial) {
}
