package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A resolved date with its basis and note, or why the expression could not be resolved and with what: what every
 * resolver ({@link DateResolvers}, {@link ElapsedDates}) returns, turned into a {@link DateMention} with the
 * derivation a reader is shown.
 */
record DateOutcome(PartialDate date, DateBasis basis, Derivation note, String failure, List<String> failureArgs) {

    static DateOutcome absolute(PartialDate date, Derivation note) {
        return new DateOutcome(date, null, note, null, List.of());
    }

    static DateOutcome relative(PartialDate date, DateBasis basis, Derivation note) {
        return new DateOutcome(date, basis, note, null, List.of());
    }

    static DateOutcome failed(String failure, String... args) {
        return new DateOutcome(null, null, null, failure, List.of(args));
    }

    static DateOutcome unknownPublication() {
        return failed("unknownPublication");
    }

    DateMention toMention(String sentence, int start, int end) {
        String text = sentence.substring(start, end);
        return new DateMention(text, start, end, date, derivation(text));
    }

    private Derivation derivation(String text) {
        List<String> args = new ArrayList<>(List.of(text));
        if (date == null) {
            args.add(objectParticle(text));
            args.addAll(failureArgs);
            return new Derivation("failed." + failure, args, null);
        }
        args.add(date.toString());
        if (basis != null) {
            args.add(basis.from().iso());
        }
        String rule = "resolved." + (basis == null ? "absolute" : basis.kind()) + (note == null ? "" : ".noted");
        return new Derivation(rule, args, note);
    }

    /** 을 or 를 after a quoted expression, from the last Hangul syllable's final consonant. */
    private static String objectParticle(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c >= '가' && c <= '힣') {
                return (c - '가') % 28 == 0 ? "를" : "을";
            }
        }
        return "을(를)";
    }
}
