package io.yeonpyo.extraction;

/**
 * Hangul syllables taken apart: jamo for comparing spellings of one foreign name (곤잘레스/곤살레스 differ by one
 * jamo, 곤잘레스/로저스 by many), and the Revised Romanization of Korean (2000) for an English name.
 */
final class Hangul {

    private static final char FIRST = '가';
    private static final int MEDIALS = 21;
    private static final int FINALS = 28;

    private static final String[] INITIAL_JAMO = {"ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ",
            "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"};
    private static final String MEDIAL_JAMO = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    private static final String[] FINAL_JAMO = {"", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ",
            "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"};

    // Revised Romanization: letters of each jamo in its position
    private static final String[] INITIAL_RR = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
            "jj", "ch", "k", "t", "p", "h"};
    private static final String[] MEDIAL_RR = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] FINAL_RR = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p",
            "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};
    /** The initial a final consonant becomes when the next syllable starts with a silent ㅇ (linking, 연음), or -1. */
    private static final int[] FINAL_AS_INITIAL = {-1, 0, 1, -1, 2, -1, -1, 3, 5, -1, -1, -1, -1, -1, -1, -1, 6, 7, -1,
            9, 10, -1, 12, 14, 15, 16, 17, -1};
    private static final int SILENT = 11;
    private static final int NIEUN = 2;
    private static final int RIEUL = 5;
    private static final int MIEUM = 6;

    private Hangul() {
    }

    static boolean isSyllable(char c) {
        return c >= FIRST && c <= '힣';
    }

    /** The text with every syllable written as its jamo; other characters stay. */
    static String jamo(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (isSyllable(c)) {
                int s = c - FIRST;
                out.append(INITIAL_JAMO[s / (MEDIALS * FINALS)]).append(MEDIAL_JAMO.charAt(s / FINALS % MEDIALS))
                        .append(FINAL_JAMO[s % FINALS]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Levenshtein distance between the jamo of two spellings. */
    static int jamoDistance(String a, String b) {
        String x = jamo(a);
        String y = jamo(b);
        int[] row = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1));
                diagonal = up;
            }
        }
        return row[y.length()];
    }

    /**
     * Revised Romanization of each word, capitalised ("마크 토버로프" → "Makeu Tobeoropeu"), with the sound changes
     * between syllables the rules write: linking before a silent ㅇ, nasals before ㄴ/ㅁ, ㄹ after ㄴ or ㄹ.
     */
    static String romanize(String text) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSyllable(c)) {
                out.append(c);
                wordStart = !Character.isLetterOrDigit(c);
                continue;
            }
            int s = c - FIRST;
            int initial = s / (MEDIALS * FINALS);
            int medial = s / FINALS % MEDIALS;
            int fin = s % FINALS;
            int before = i > 0 && isSyllable(text.charAt(i - 1)) ? (text.charAt(i - 1) - FIRST) % FINALS : 0;
            int next = i + 1 < text.length() && isSyllable(text.charAt(i + 1))
                    ? (text.charAt(i + 1) - FIRST) / (MEDIALS * FINALS) : -1;
            String syllable = onset(initial, before) + MEDIAL_RR[medial] + coda(fin, next);
            if (wordStart && !syllable.isEmpty()) {
                syllable = Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1);
            }
            out.append(syllable);
            wordStart = false;
        }
        return out.toString();
    }

    private static String onset(int initial, int previousFinal) {
        if (initial == SILENT && previousFinal > 0 && FINAL_AS_INITIAL[previousFinal] >= 0) {
            return INITIAL_RR[FINAL_AS_INITIAL[previousFinal]];
        }
        if (initial == RIEUL && (previousFinal == 8 || previousFinal == 4)) {
            return "l"; // 신라 → Silla, 몰라 → molla
        }
        if (initial == RIEUL && previousFinal > 0) {
            return "n"; // 종로 → Jongno
        }
        return INITIAL_RR[initial];
    }

    private static String coda(int fin, int nextInitial) {
        if (fin == 0) {
            return "";
        }
        if (nextInitial == SILENT && FINAL_AS_INITIAL[fin] >= 0) {
            return ""; // carried to the next syllable
        }
        if (nextInitial == NIEUN || nextInitial == MIEUM || nextInitial == RIEUL) {
            String plain = FINAL_RR[fin];
            if (fin == 4 && nextInitial == RIEUL) {
                return "l"; // 신라
            }
            return switch (plain) {
                case "k" -> "ng";
                case "t" -> "n";
                case "p" -> "m";
                default -> plain;
            };
        }
        return FINAL_RR[fin];
    }
}
