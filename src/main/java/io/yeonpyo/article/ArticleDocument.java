package io.yeonpyo.article;

import io.yeonpyo.extraction.PartialDate;
import io.yeonpyo.extraction.PublicationDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An article file split into its optional front matter and its raw body, with the publication date worked out.
 * Plain Java so it can be unit-tested without Spring.
 */
record ArticleDocument(String id, String fileName, String title, String outlet, String url,
                       PartialDate published, PublishedOrigin publishedOrigin, String body, List<LoadNote> warnings) {

    private static final String FENCE = "---";

    ArticleDocument {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param today used to reject a publication date in the future
     * @throws InvalidArticleException when the front matter is malformed or the file has no text
     */
    static ArticleDocument parse(String fileName, String text, LocalDate today) {
        String id = idOf(fileName);
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        Map<String, String> meta = new LinkedHashMap<>();
        String body = normalised;
        if (normalised.startsWith(FENCE + "\n")) {
            int close = normalised.indexOf("\n" + FENCE + "\n", FENCE.length());
            if (close < 0 && normalised.endsWith("\n" + FENCE)) {
                close = normalised.length() - FENCE.length() - 1;
            }
            if (close < 0) {
                throw new InvalidArticleException("load.note.frontMatterUnclosed");
            }
            meta = parseFrontMatter(normalised.substring(FENCE.length() + 1, close + 1));
            body = normalised.substring(Math.min(normalised.length(), close + FENCE.length() + 2));
        }
        if (body.isBlank()) {
            throw new InvalidArticleException("load.note.noText");
        }
        List<LoadNote> warnings = new ArrayList<>();
        PartialDate published = null;
        PublishedOrigin origin = PublishedOrigin.UNKNOWN;
        String declared = meta.get("published");
        if (declared != null && !declared.equalsIgnoreCase("unknown")) {
            published = parsePublished(declared, today, warnings);
            origin = published == null ? PublishedOrigin.UNKNOWN : PublishedOrigin.FRONT_MATTER;
        }
        if (published == null) {
            Optional<PartialDate> printed = PublicationDates.findPrinted(body);
            if (printed.isPresent() && !printed.get().firstDay().isAfter(today)) {
                published = printed.get();
                origin = PublishedOrigin.PRINTED_IN_TEXT;
            } else {
                warnings.add(LoadNote.of("load.note.publishedUnknown"));
            }
        }
        return new ArticleDocument(id, fileName, blankToNull(meta.get("title")), blankToNull(meta.get("source")),
                blankToNull(meta.get("url")), published, origin, body, warnings);
    }

    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Map<String, String> parseFrontMatter(String block) {
        Map<String, String> meta = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : block.split("\n")) {
            lineNumber++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidArticleException("load.note.frontMatterLine", lineNumber, line.strip());
            }
            meta.put(line.substring(0, colon).strip().toLowerCase(), unquote(line.substring(colon + 1).strip()));
        }
        return meta;
    }

    /** A bad date is reported and ignored rather than failing the article: its text is still worth loading. */
    private static PartialDate parsePublished(String value, LocalDate today, List<LoadNote> warnings) {
        try {
            PartialDate date = PartialDate.parse(value);
            if (!date.firstDay().isAfter(today)) {
                return date;
            }
            warnings.add(LoadNote.of("load.note.publishedFuture", value));
        } catch (IllegalArgumentException e) {
            warnings.add(LoadNote.of("load.note.publishedInvalid", value, e.getMessage()));
        }
        return null;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
