package io.yeonpyo.extraction;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sums of money ("10억 달러", "18조 원", "$10 billion") and percentages ("30~35%") in a sentence.
 * Won amounts are converted to dollars at one fixed reference rate (data/exchange-rates.yml).
 */
final class AmountParser {

    /** An amount and where it was written in the sentence. */
    record AmountMention(Amount amount, int start, int end) {
    }

    /** Repetitions are bounded: an unbounded group loop recurses per repetition and overflows the stack on junk. */
    /** A sum as written in a word, for the rules that only step over one: "974억", "1,000억", "4.5조". */
    static final String WRITTEN_SUM = "[0-9][0-9,.]*(?:만|억|조)?[0-9,.]*(?:만|억|조)?";
    /** The currencies a written sum is counted in. */
    static final String WRITTEN_CURRENCY = "(?:달러|원|유로|엔)";
    private static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3}){1,8}|\\d+)(?:\\.\\d+)?";
    /** "12조4천억", "3조 4800억", "1천350억", "1,000억", "974": digits with Korean place units. */
    private static final String KOREAN_NUMBER = NUMBER + "(?:\\s*[조억만천백](?:\\s*" + NUMBER + ")?){0,12}";
    /** A particle may follow ("원을", "달러다", "원대"); another syllable means a different word ("원정"). */
    private static final String CURRENCY_END = "(?![가-힣&&[^을를이가은는의에도과와로씩대만으다였짜어]])";
    private static final String KOREAN_CURRENCY = "(?:달러|원)" + CURRENCY_END;
    /** "(약 12조4천억원)", "(141조 4443억 원)": the other currency's figure, kept in the text only. */
    private static final String GLOSS = "(?:\\s*\\(\\s*(?:한화\\s*)?(?:약\\s*)?" + KOREAN_NUMBER + "\\s*" + KOREAN_CURRENCY + "\\s*\\))?";
    private static final String ENGLISH_SCALE = "trillion|billion|million|thousand|bn|tn|mn";
    private static final String NOT_IN_NUMBER = "(?<![\\d.,])";

    /** One alternation, so that matches never overlap: percent, then dollar sign, then "N billion dollars", then Korean. */
    private static final Pattern AMOUNT = Pattern.compile(
            NOT_IN_NUMBER + "(?<lo>" + NUMBER + ")\\s*(?:%|퍼센트)?\\s*[~∼–-]\\s*(?<hi>" + NUMBER + ")\\s*(?:%(?!p)|퍼센트)"
                    + "|" + NOT_IN_NUMBER + "(?<pct>" + NUMBER + ")\\s*(?:%(?!p)|퍼센트)"
                    + "|(?:US)?\\$\\s?(?<sn>" + NUMBER + ")(?:\\s*(?<ss>" + ENGLISH_SCALE + ")(?![A-Za-z]))?" + GLOSS
                    + "|" + NOT_IN_NUMBER + "(?<wn>" + NUMBER + ")\\s*(?<ws>trillion|billion|million)\\s+(?:US\\s+)?dollars" + GLOSS
                    + "|" + NOT_IN_NUMBER + "(?<kn>" + KOREAN_NUMBER + ")(?:\\s*[~∼]\\s*(?<kh>" + KOREAN_NUMBER + "))?"
                    + "\\s*(?<kc>" + KOREAN_CURRENCY + ")" + GLOSS,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KOREAN_TOKEN = Pattern.compile(NUMBER + "|[조억만천백]");
    private static final Map<String, BigDecimal> KOREAN_UNITS = Map.of(
            "조", new BigDecimal("1e12"), "억", new BigDecimal("1e8"), "만", new BigDecimal("1e4"),
            "천", new BigDecimal("1e3"), "백", new BigDecimal("1e2"));
    private static final Map<String, BigDecimal> ENGLISH_UNITS = Map.of(
            "trillion", new BigDecimal("1e12"), "tn", new BigDecimal("1e12"),
            "billion", new BigDecimal("1e9"), "bn", new BigDecimal("1e9"),
            "million", new BigDecimal("1e6"), "mn", new BigDecimal("1e6"), "thousand", new BigDecimal("1e3"));

    private final BigDecimal krwPerUsd;

    AmountParser(BigDecimal krwPerUsd) {
        Objects.requireNonNull(krwPerUsd, "krwPerUsd");
        if (krwPerUsd.signum() <= 0) {
            throw new IllegalArgumentException("krw-per-usd must be positive but was " + krwPerUsd);
        }
        this.krwPerUsd = krwPerUsd;
    }

    List<AmountMention> find(String sentence) {
        List<AmountMention> mentions = new ArrayList<>();
        if (sentence == null || !hasDigit(sentence)) {
            return mentions; // every amount has digits
        }
        // the same matches as find(), tried only where an amount can start: a digit, "$" or "US$"
        Matcher m = AMOUNT.matcher(sentence).useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '$' && c != 'U' && c != 'u') {
                continue;
            }
            m.region(i, sentence.length());
            if (m.lookingAt()) {
                mentions.add(new AmountMention(toAmount(m), m.start(), m.end()));
                i = Math.max(i, m.end() - 1);
            }
        }
        return mentions;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private Amount toAmount(Matcher m) {
        String text = m.group();
        if (m.group("lo") != null) {
            return new Amount(plain(m.group("lo")), plain(m.group("hi")), Amount.PERCENT, null, text);
        }
        if (m.group("pct") != null) {
            return new Amount(plain(m.group("pct")), null, Amount.PERCENT, null, text);
        }
        if (m.group("sn") != null) {
            return money(scaled(m.group("sn"), m.group("ss")), null, "USD", text);
        }
        if (m.group("wn") != null) {
            return money(scaled(m.group("wn"), m.group("ws")), null, "USD", text);
        }
        String upper = m.group("kh");
        BigDecimal value = korean(upper == null ? m.group("kn") : withUnitsOf(m.group("kn"), upper));
        return money(value, upper == null ? null : korean(upper), m.group("kc").startsWith("원") ? "KRW" : "USD", text);
    }

    /** Dollars in whole units; won converted at the fixed reference rate. */
    private Amount money(BigDecimal value, BigDecimal upper, String currency, String text) {
        BigDecimal usd = currency.equals("KRW")
                ? value.divide(krwPerUsd, 0, RoundingMode.HALF_UP)
                : value.setScale(0, RoundingMode.HALF_UP);
        return new Amount(value, upper, currency, usd, text);
    }

    /** "10~20억": a lower bound written without units shares the upper bound's trailing units (10억). */
    private static String withUnitsOf(String lower, String upper) {
        return lower.matches(".*[조억만천백].*") ? lower : lower + upper.replaceAll("^.*?([조억만천백]*)$", "$1");
    }

    /**
     * Reads Korean place notation: 천/백 multiply within a group of four digits, 조/억/만 close the group.
     * "1천350억" = (1×1000 + 350)×10^8, "12조4천억" = 12×10^12 + 4000×10^8.
     */
    static BigDecimal korean(String written) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = BigDecimal.ZERO;
        BigDecimal pending = null;
        Matcher token = KOREAN_TOKEN.matcher(written);
        while (token.find()) {
            String t = token.group();
            BigDecimal unit = KOREAN_UNITS.get(t);
            if (unit == null) {
                pending = plain(t);
            } else if (unit.compareTo(new BigDecimal("1e4")) < 0) {
                group = group.add(Objects.requireNonNullElse(pending, BigDecimal.ONE).multiply(unit));
                pending = null;
            } else {
                group = group.add(Objects.requireNonNullElse(pending, BigDecimal.ZERO));
                total = total.add(group.multiply(unit));
                group = BigDecimal.ZERO;
                pending = null;
            }
        }
        return normalized(total.add(group).add(Objects.requireNonNullElse(pending, BigDecimal.ZERO)));
    }

    private static BigDecimal scaled(String number, String scale) {
        BigDecimal unit = scale == null ? BigDecimal.ONE : ENGLISH_UNITS.get(scale.toLowerCase());
        return normalized(plain(number).multiply(unit));
    }

    private static BigDecimal plain(String number) {
        return new BigDecimal(number.replace(",", ""));
    }

    /** 1.0E+10 → 10000000000, 4.50 → 4.5: no exponent, no trailing zeros. */
    private static BigDecimal normalized(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
