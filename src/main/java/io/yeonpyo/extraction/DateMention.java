package io.yeonpyo.extraction;

/**
 * A date expression found in a sentence.
 *
 * @param text       the expression as written ("지난달", "29일(현지시간)")
 * @param start      offset of the expression in the sentence
 * @param end        offset just past it
 * @param resolved   what it denotes, or null when it cannot be resolved (relative date, unknown publication)
 * @param derivation how it was resolved or why it could not be, e.g. rule {@code resolved.publication} with
 *                   "지난달", "2025-06", "2025-07" ("'지난달' (발행 2025-07 기준) → 2025-06")
 */
public record DateMention(String text, int start, int end, PartialDate resolved, Derivation derivation) {
}
