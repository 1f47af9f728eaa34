package io.yeonpyo.event.api;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 text that Excel opens as UTF-8 and cannot mistake for formulas. */
final class Csv {

    /** Excel reads a file without it in the system code page, which garbles Korean. */
    static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private Csv() {
    }

    static String document(List<String> header, List<List<String>> rows) {
        StringBuilder text = new StringBuilder(BYTE_ORDER_MARK).append(line(header));
        rows.forEach(row -> text.append(line(row)));
        return text.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + LINE_END;
    }

    /**
     * A spreadsheet runs a cell starting with = + - @ (or a tab or carriage return, per OWASP) as a formula: an
     * article sentence must never become one, so such a cell gets a leading apostrophe. Then RFC 4180 quoting.
     */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
