package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The date a dated subheading ("■ 3월 10일 - 코어위브와 계약") gives the paragraphs under it, until the next
 * subheading or title: an act told there without a date of its own happened on the subheading's date, the way a
 * chronology entry's act happens on the entry's date.
 */
final class DatedSections {

    /** How far into a subheading its date may start: after a bullet and a space. */
    private static final int DATE_WITHIN = 3;

    private final Map<Integer, DateMention> headingDateBySentence;

    private DatedSections(Map<Integer, DateMention> headingDateBySentence) {
        this.headingDateBySentence = headingDateBySentence;
    }

    static DatedSections of(List<AnalyzedSentence> sentences) {
        Map<Integer, DateMention> out = new HashMap<>();
        DateMention current = null;
        for (AnalyzedSentence s : sentences) {
            switch (s.kind()) {
                case SECTION_HEADING -> current = s.dates().stream()
                        .filter(d -> d.resolved() != null && d.start() <= DATE_WITHIN).findFirst().orElse(null);
                case HEADLINE, RELATED_HEADLINE -> current = null;
                case BODY -> {
                    if (current != null) {
                        out.put(s.index(), current);
                    }
                }
                default -> {
                    // a photo caption or a credit between the paragraphs of a section leaves it open
                }
            }
        }
        return new DatedSections(out);
    }

    /** The sentence's acts, those without a date of their own dated by their section's subheading. */
    List<EventMention> date(List<EventMention> told, int sentenceIndex) {
        DateMention heading = headingDateBySentence.get(sentenceIndex);
        if (heading == null || told.stream().allMatch(m -> m.date() != null)) {
            return told;
        }
        List<EventMention> out = new ArrayList<>(told.size());
        for (EventMention m : told) {
            out.add(m.date() != null ? m : new EventMention(m.sentenceIndex(), m.sentence(), m.clause(), m.type(),
                    m.actors(), heading.resolved(), heading.text(),
                    heading.derivation().around("section.heading", heading.text()), m.amount(), m.headline(),
                    m.headlineEn(), m.timing()));
        }
        return out;
    }
}
