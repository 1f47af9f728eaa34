package io.yeonpyo.extraction;

import java.util.List;
import java.util.Objects;

/**
 * How a date was worked out, as a value: a stable rule name and its arguments, so each language words it from its
 * own message bundle ({@code derivation.<rule>}). A rule that builds on another derivation (a date carried over from
 * the sentence before, the day of a report) holds it as {@code nested}; a resolved date's note is nested too.
 * <p>
 * Rules and their arguments: {@code resolved.absolute}, {@code resolved.publication}, {@code resolved.publicationDay},
 * {@code resolved.previous} (all but the third also {@code .noted}, a {@code note.*} nested): the expression, the
 * date it denotes and, but for the absolute one, the date counted from; {@code failed.*}: the expression, the Korean object
 * particle that follows it, and what the rule names (a publication date, a month and day); {@code contract.term},
 * {@code deal.condition}: the expression and the date; {@code lead.publication}: the publication date;
 * {@code lead.sameActLater}: the later sentence's expression; {@code lead.reportDay} (nested): the expression;
 * {@code carried.previous} (nested): nothing more.
 *
 * @param rule   stable key, e.g. {@code resolved.publication}, {@code failed.unknownPublication}, {@code contract.term}
 * @param args   the quoted expression, dates as ISO text, and so on; never null
 * @param nested the derivation this one builds on or its note, or null
 */
public record Derivation(String rule, List<String> args, Derivation nested) {

    public Derivation {
        Objects.requireNonNull(rule, "rule");
        args = List.copyOf(args);
    }

    public static Derivation of(String rule, String... args) {
        return new Derivation(rule, List.of(args), null);
    }

    /** A derivation under {@code rule} that builds on this one. */
    Derivation around(String rule, String... args) {
        return new Derivation(rule, List.of(args), this);
    }
}
