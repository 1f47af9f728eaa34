package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits raw article text into sentences and tells article text from page furniture.
 * Rules are about the shape of text (endings, bullets, e-mail addresses, widget words), never about one site.
 */
final class SentenceSplitter {

    /** One sentence or line; {@code paragraph} numbers the source line it came from (a line is a paragraph). */
    record Piece(String text, SentenceKind kind, int paragraph) {
    }

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern DOMAIN = Pattern.compile("\\b[a-z0-9-]+\\.(kr|com|net|co\\.kr|org|io)\\b");
    /**
     * Widget and banner words: comment counters, vote boxes, share/save buttons, "related articles", credits. Each
     * starts with one of {@link #WIDGET_FIRSTS}, so the pattern is tried only where such a letter stands.
     */
    private static final Pattern WIDGET = Pattern.compile(
            "댓글\\s*\\d|저장\\s*\\d|총 투표수|찬/반 투표|투표하기|관련\\s?기사|콘텐츠 제공|작가의 이전글|작가의 다음글"
                    + "|브라우저에 최적화|무단\\s?전재|재배포 금지|Copyright|ⓒ|©|제보\\s?·\\s?문의|제보하기|구독하기");
    private static final String WIDGET_FIRSTS = "댓저총찬투관콘작브무재Cⓒ©제구";
    /** Lines that begin like page furniture: an editor's note, a byline, an input/update stamp, a summary box. */
    private static final Pattern WIDGET_START = Pattern.compile(
            "편집자\\s*:|편집\\s*:|by\\s|기사\\s*\\d+줄\\s*요약|요약$|(입력|수정|승인|등록|발행)\\s*:?\\s*\\d{4}"
                    + "|[가-힣]{2,4} 기자$");
    /** Lines that end like page furniture: a logo caption, a reporter's byline. */
    private static final Pattern WIDGET_END = Pattern.compile("로고$|[가-힣]{2,4} (기자|특파원)\\s*$");
    /** Widget words that are clutter only on a short line of their own (they also occur in article text). */
    private static final Pattern SHORT_WIDGET = Pattern.compile(
            "공유하기|카카오톡|페이스북|트위터|많이 본 뉴스|인기 기사|구독하기|좋아요\\s*\\d|이전 기사|다음 기사");
    private static final Pattern BULLET = Pattern.compile("^\\s*([-•·▶►■□◆◇※]|\\d+[.)])\\s*");
    /** A Korean predicate ending a sentence: 다, 요, 죠, 까, 음, 함... possibly followed by punctuation or quotes. */
    private static final Pattern PREDICATE_END = Pattern.compile(
            "(다|요|죠|까|니다|음|함|됨|임|네|군|지|나|라)[.!?…]*[\"”’']*[,.]?\\s*$");

    /** Marks of a title line: a bracketed label ("[AI 리포트]"), an ellipsis joining two phrases. */
    private static final Pattern TITLE_MARKS = Pattern.compile("^\\[[^\\]]{1,20}]|…|\\.\\.\\.");
    private static final Pattern FULL_STOP = Pattern.compile("(다|요|죠|니다)\\.[\"”’']?\\s*$");

    private SentenceSplitter() {
    }

    static List<Piece> split(String body) {
        List<Piece> pieces = new ArrayList<>();
        boolean bodyStarted = false;
        int bodySentences = 0;
        boolean tail = false;
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n");
        java.util.Set<Integer> sectionHeadings = ChronologyLines.sectionHeadings(lines);
        for (int paragraph = 0; paragraph < lines.length; paragraph++) {
            String line = lines[paragraph].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (RULE_LINE.matcher(line).matches()) {
                pieces.add(new Piece(line, SentenceKind.CLUTTER, paragraph)); // a rule drawn across the page
                continue;
            }
            if (!tail && sectionHeadings.contains(paragraph) && !isClutter(line)) {
                pieces.add(new Piece(line, SentenceKind.SECTION_HEADING, paragraph));
                continue;
            }
            if (!tail && ChronologyLines.isEntry(line) && !isProse(line) && !isClutter(line)) {
                // "▲2019년 7월 MS, 오픈AI에 10억달러 첫 투자": a line of the article's chronology tells a dated act
                pieces.add(new Piece(line, SentenceKind.BODY, paragraph));
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            if (bullet.find() && !DECIMAL_START.matcher(line).matches()) {
                String item = line.substring(bullet.end());
                if (!isProseItem(item)) {
                    // list items are either a summary at the top or other articles' headlines at the bottom
                    pieces.add(new Piece(line, isClutter(line) ? SentenceKind.CLUTTER : SentenceKind.RELATED_HEADLINE,
                            paragraph));
                    continue;
                }
                // "■2018년=머스크가 이사회에서 물러났다.": an item written in full sentences is the article's own text,
                // a chronology or a list of points, not another article's headline
                line = item;
            }
            int unit = paragraph;
            if (ANSWER.matcher(line).matches() && paragraph > 0 && QUESTION.matcher(lines[questionLine(lines, paragraph)])
                    .lookingAt()) {
                // an interview's answer, quoted whole under its question ("―…는데." then "\"…다. …다.\""): the
                // interviewee's account is the article's text, read sentence by sentence, and goes on from the
                // question as one paragraph ("―오픈AI도 반격했다." "지난해 4월 반소를 냈다.")
                line = line.substring(1, line.length() - 1).strip();
                unit = questionLine(lines, paragraph);
            }
            List<String> sentences = sentencesOf(line);
            // a paragraph of several sentences, or one that ends like a sentence with a full stop, is article text;
            // titles and section headings seldom end in "다." or "요."
            boolean proseLine = sentences.size() > 1 || FULL_STOP.matcher(line).find()
                    || (isProse(line) && line.length() >= 25 && !TITLE_MARKS.matcher(line).find());
            for (String s : sentences) {
                SentenceKind kind;
                if (isClutter(s)) {
                    kind = SentenceKind.CLUTTER;
                    // a copyright line, a byline or a "related articles" box after the text ends the article; a share
                    // button, a photo credit or an e-mail address between paragraphs does not, nor one odd sentence
                    // inside a paragraph: the article's body is never thrown away for a widget in its middle
                    // a byline under a quoted title ("임지선 기자" before the first paragraph) ends nothing: only one
                    // after some text does
                    if (bodyStarted && bodySentences >= BODY_BEFORE_THE_END && endsTheArticle(s)
                            && (sentences.size() == 1 || sentences.stream().allMatch(SentenceSplitter::isClutter))) {
                        tail = true;
                    }
                } else if (tail) {
                    kind = SentenceKind.CLUTTER;
                } else if (proseLine) {
                    kind = SentenceKind.BODY;
                    bodyStarted = true;
                    bodySentences++;
                } else if (isProse(s) || s.length() >= 8 && hasHangul(s)) {
                    // a short standalone line: the article's title or a section heading
                    kind = SentenceKind.HEADLINE;
                } else {
                    kind = SentenceKind.CLUTTER;
                }
                pieces.add(new Piece(s, kind, unit));
            }
        }
        return pieces;
    }

    /** Whether a list item is written in sentences: several of them, or one closed by a full stop after 다 or 요. */
    private static boolean isProseItem(String item) {
        return FULL_STOP.matcher(item).find() || sentencesOf(item).size() > 1 && !isClutter(item);
    }

    /** A paragraph that is one quotation. */
    private static final Pattern ANSWER = Pattern.compile("^[\"“][^\"“”]+[\"”]$");
    /** An interviewer's question: a dash, or Q, before it. */
    private static final Pattern QUESTION = Pattern.compile("^\\s*(―|─|-{1,2}|Q[.:]?\\s|질문\\s*[:：])");

    /** A rule drawn across the page ("-----"); a line that starts with a decimal number ("1.5배 …"), not a list item. */
    private static final Pattern RULE_LINE = Pattern.compile("[-=_*~·.]{3,}");
    private static final Pattern DECIMAL_START = Pattern.compile("^\\d+[.)]\\d.*");

    /** The index of the last line with text before {@code paragraph}. */
    private static int questionLine(String[] lines, int paragraph) {
        for (int k = paragraph - 1; k >= 0; k--) {
            if (!lines[k].isBlank()) {
                return k;
            }
        }
        return 0;
    }

    static boolean isClutter(String s) {
        if ((s.indexOf('@') >= 0 && EMAIL.matcher(s).find()) || hasWidgetWord(s) || WIDGET_START.matcher(s).lookingAt()
                || ((s.contains("로고") || s.contains("기자") || s.contains("특파원")) && WIDGET_END.matcher(s).find())) {
            return true;
        }
        if (s.length() < 40 && SHORT_WIDGET.matcher(s).find() && !isProse(s)) {
            return true;
        }
        // "[사진=로이터] ▲나델라 CEO가 … 연설을 하고 있다", "△머스크 CEO": a photo caption, whatever its verb
        String afterCredit = s.contains("사진") ? PHOTO_CREDIT.matcher(s).replaceFirst("") : s.stripLeading();
        if ((afterCredit.startsWith("▲") || afterCredit.startsWith("△")) && !ChronologyLines.isEntry(s)) {
            return true;
        }
        // "…에 참석한 일론 머스크(왼쪽)와 샘 올트먼.": a photo caption names who stands where and tells no act; a
        // lead that points at its photo ("나델라 CEO(오른쪽)가 …했다") ends in a verb
        if (s.indexOf('(') >= 0 && PHOTO_POSITION.matcher(s).find() && !ENDS_IN_A_VERB.matcher(s).find()) {
            return true;
        }
        // "이 글은 … (example.kr)에도 실렸습니다": a short note about where the page also appears
        return s.length() < 60 && hasDomainDot(s) && DOMAIN.matcher(s).find();
    }

    /** Whether a dot follows a lower-case letter, a digit or a hyphen, as in every match of {@link #DOMAIN}. */
    private static boolean hasDomainDot(String s) {
        for (int dot = s.indexOf('.', 1); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            char before = s.charAt(dot - 1);
            if ((before >= 'a' && before <= 'z') || (before >= '0' && before <= '9') || before == '-') {
                return true;
            }
        }
        return false;
    }

    /** How many sentences of text must come before furniture that ends the article. */
    private static final int BODY_BEFORE_THE_END = 2;

    private static final Pattern PHOTO_CREDIT = Pattern.compile("^\\s*[\\[/(]?\\s*사진\\s*=[^\\])]*[\\])]?\\s*");
    private static final Pattern PHOTO_POSITION = Pattern.compile("\\((왼쪽|오른쪽|가운데|앞줄|뒷줄)[^)]{0,12}\\)");
    private static final Pattern ENDS_IN_A_VERB = Pattern.compile("(다|요|죠|까)[.!?\"”'’)]*\\s*$");

    /** Page furniture that only comes after an article's text: copyright, related articles, a byline of its own. */
    private static boolean endsTheArticle(String s) {
        return hasWidgetWord(s) || ((s.contains("기자") || s.contains("특파원")) && WIDGET_END.matcher(s).find());
    }

    private static boolean hasWidgetWord(String s) {
        Matcher m = WIDGET.matcher(s);
        for (int i = 0; i < s.length(); i++) {
            if (WIDGET_FIRSTS.indexOf(s.charAt(i)) >= 0 && m.region(i, s.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    static boolean isProse(String s) {
        return PREDICATE_END.matcher(s).find();
    }

    private static boolean hasHangul(String s) {
        return s.codePoints().anyMatch(c -> c >= '가' && c <= '힣');
    }

    /**
     * Sentence ends: a period after a Hangul syllable (다. 요. 죠.), or ? ! followed by a space, outside quotes.
     * A period between digits (4.5, 2025.06.08) or inside a Latin abbreviation never ends a sentence.
     */
    static List<String> sentencesOf(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        boolean straightDouble = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '“' || c == '‘' || c == '「' || c == '『') {
                depth++;
            } else if ((c == '”' || c == '’' || c == '」' || c == '』') && depth > 0) {
                depth--;
            } else if (c == '"') {
                if (!straightDouble && line.indexOf('"', i + 1) < 0) {
                    continue; // an unmatched quote does not open a quotation
                }
                straightDouble = !straightDouble;
            }
            if (depth > 0 || straightDouble) {
                continue;
            }
            if (c != '.' && c != '?' && c != '!' && c != ',') {
                continue; // the only letters that can end a sentence
            }
            boolean atEnd = i + 1 >= line.length();
            boolean spaceAfter = !atEnd && Character.isWhitespace(line.charAt(i + 1));
            boolean end = false;
            if (c == '.' && (atEnd || spaceAfter) && i > 0 && ActorMatcher.isHangul(line.charAt(i - 1))) {
                end = true;
            } else if ((c == '?' || c == '!') && (atEnd || spaceAfter)) {
                end = true;
            } else if (c == ',' && spaceAfter && i > 0 && line.charAt(i - 1) == '다'
                    && i >= 2 && "니됩".indexOf(line.charAt(i - 2)) >= 0) {
                end = true; // "해석됩니다," — a full stop typed as a comma
            }
            if (end) {
                String s = line.substring(start, i + 1).strip();
                if (!s.isEmpty()) {
                    out.add(s);
                }
                start = i + 1;
            }
        }
        String rest = line.substring(start).strip();
        if (!rest.isEmpty()) {
            out.add(rest);
        }
        return out;
    }
}
