package io.yeonpyo.timeline.web;

import io.yeonpyo.actor.RelationshipView;
import io.yeonpyo.relationship.TemperatureChart;

/** One relationship's compact temperature chart on the timeline, linking to its page. */
record TemperatureSummary(RelationshipView relationship, TemperatureChart chart) {
}
