package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a short factual headline from an event's parts with its type's template: "MS, 오픈AI에 10억 달러 투자",
 * and the same in English from the English template and the actors' English names: "Microsoft invests $1 billion
 * in OpenAI". Subject and objects come from the particles after the names (이/가/은/는 → subject; 에/를/와… → object).
 */
final class Headlines {

    private static final Pattern PASSIVE = Pattern.compile("^[가-힣]{0,1}?(되|됐|된|돼|당|받)");

    private final Lexicon lexicon;

    Headlines(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Nouns after a nominal event ("알트먼 축출 당시") that make it a time reference inside a larger clause. */
    private static final Pattern TEMPORAL_NOUN = Pattern.compile("^\\s*(당시|때|사태|직후|이후|후|전|과정)");

    /** A headline in Korean and in English, and the actors it names as subject and objects. */
    record Built(String headline, String headlineEn, Set<String> subjects, Set<String> objects) {

        /** A deliberation, not the act: "오픈AI, MS 제소 검토". */
        Built deliberated() {
            return new Built(headline + " 검토", headlineEn + " (under consideration)", subjects, objects);
        }
    }

    Built build(ArticleAnalyzer.TriggerHit trigger, List<ArticleAnalyzer.Role> roles, Amount amount, String text) {
        ArticleAnalyzer.Role subject = null;
        List<ArticleAnalyzer.Role> objects = new ArrayList<>();
        ArticleAnalyzer.Role nominalObject = null;
        for (ArticleAnalyzer.Role r : roles) {
            if (r.end() <= trigger.start() && r.grammaticalCase() == ArticleAnalyzer.Case.NONE
                    && text.substring(r.end(), trigger.start()).isBlank()) {
                nominalObject = r;
            }
        }
        // an unlisted doer ("경쟁당국은 MS의 오픈AI 투자를 승인했다") acts on the nominal event, which keeps its own doer
        boolean subjectBefore = roles.stream().anyMatch(r -> r.end() <= trigger.start()
                && r.grammaticalCase() == ArticleAnalyzer.Case.SUBJECT && !r.actorIds().isEmpty());
        String afterTrigger = text.substring(trigger.end());
        String afterWord = afterTrigger.substring(ActorMatcher.hangulRun(afterTrigger, 0).length());
        // "오픈AI 인수 제안을 …", "알트먼 축출 당시": a bare name right before the trigger is what the action is done
        // to, and a name with 의 before it is who does it
        if (nominalObject != null && (!subjectBefore || TEMPORAL_NOUN.matcher(afterWord).find()
                || TEMPORAL_NOUN.matcher(afterTrigger).find())) {
            objects.add(nominalObject);
            for (ArticleAnalyzer.Role r : roles) {
                if (r.end() <= nominalObject.start() && r.grammaticalCase() == ArticleAnalyzer.Case.POSSESSIVE) {
                    subject = r;
                }
            }
        } else {
            subject = subjectOf(roles, trigger, text);
            boolean hasDirect = roles.stream().anyMatch(r -> r != null
                    && r.grammaticalCase() == ArticleAnalyzer.Case.DIRECT_OBJECT);
            for (ArticleAnalyzer.Case wanted : List.of(ArticleAnalyzer.Case.DIRECT_OBJECT,
                    ArticleAnalyzer.Case.OBJECT, ArticleAnalyzer.Case.NONE)) {
                for (int i = 0; i < roles.size(); i++) {
                    ArticleAnalyzer.Role r = roles.get(i);
                    // with a direct object (을/를) only it and names coordinated with it ("알트먼과 오픈AI를") count
                    boolean coordinated = i + 1 < roles.size() && COORDINATED.matcher(text)
                            .region(r.end(), Math.max(r.end(), roles.get(i + 1).start())).matches();
                    boolean sameAsSubject = subject != null && subject.actorIds().containsAll(r.actorIds());
                    if (r != subject && !sameAsSubject && r.grammaticalCase() == wanted && (!hasDirect
                            || wanted == ArticleAnalyzer.Case.DIRECT_OBJECT || coordinated)) {
                        objects.add(r);
                    }
                }
            }
            // "MS의 … 요구를 문제 삼아 FTC에 제소": the regulator is where, the owner named with 의 is whom
            boolean onlyVenues = !objects.isEmpty() && objects.stream()
                    .allMatch(r -> r.actorIds().stream().allMatch(lexicon::isVenue));
            if (objects.isEmpty() || onlyVenues) {
                for (ArticleAnalyzer.Role r : roles) {
                    if (r != subject && r.grammaticalCase() == ArticleAnalyzer.Case.POSSESSIVE
                            && (subject == null || !subject.actorIds().containsAll(r.actorIds()))
                            && !leaderOf(text, r, subject)) {
                        objects.add(0, r);
                        break;
                    }
                }
            }
            if (hasDirect) {
                // "알트먼과 오픈AI를": coordinated objects keep the order of the text
                objects.sort(java.util.Comparator.comparingInt(ArticleAnalyzer.Role::start));
            }
            if (PASSIVE.matcher(afterTrigger).find() && !objects.isEmpty()) {
                ArticleAnalyzer.Role first = objects.remove(0);
                if (subject != null) {
                    objects.add(0, subject);
                }
                subject = first;
            } else if (PASSIVE.matcher(afterTrigger).find() && subject != null) {
                // "올트먼이 해임되자": who was acted on, by no one named ("알트먼 해임")
                objects.add(subject);
                subject = null;
            }
        }
        Set<String> subjectIds = new LinkedHashSet<>(subject == null ? List.of() : subject.actorIds());
        Set<String> objectIds = new LinkedHashSet<>();
        objects.stream().limit(2).forEach(r -> objectIds.addAll(r.actorIds()));
        objectIds.removeAll(subjectIds);
        // "법원은 …을 기각했다": a doer the data names by a common noun only, when the trigger is its verb; in
        // "당국은 MS와 오픈AI의 협력 관계를 승인했다" the trigger is a noun the doer acts on
        String doer = subject != null && subjectIds.isEmpty() && subject.end() > subject.start()
                && ClauseActs.isVerb(text, trigger)
                ? lexicon.unlistedDoerEnding(text.substring(subject.start(), subject.end())) : null;
        // "야후는 구글과 계약을 맺었다": a proper noun no list knows, as the subject of the trigger's verb, is named as
        // written (and romanised in English)
        String unknown = doer == null && subject != null && subjectIds.isEmpty() && subject.end() > subject.start()
                && ClauseActs.isVerb(text, trigger) ? unknownName(text.substring(subject.start(), subject.end())) : null;
        String amountText = amount == null ? "" : amount.headlineText();
        String amountTextEn = amount == null ? "" : amount.headlineTextEn();
        String subjectKo = doer != null ? doer : unknown != null ? unknown : names(subjectIds);
        String subjectEn = doer != null ? lexicon.unlistedDoerEn(doer)
                : unknown != null ? Hangul.romanize(LATIN_THEN_HANGUL.matcher(unknown).replaceAll(" "))
                : englishNames(lexicon, subjectIds);
        return new Built(HeadlineTemplates.render(trigger.trigger().headline(), Map.of("subject",
                subjectKo, "object", names(objectIds), "amount", amountText)),
                HeadlineTemplates.renderEn(englishTemplate(trigger, subjectIds, doer != null ? doer : unknown), Map.of("subject",
                        subjectEn,
                        "object", englishNames(lexicon, objectIds), "amount", amountTextEn),
                        doer == null && unknown == null && subjectIds.size() > 1),
                subjectIds, objectIds);
    }

    /** "손정의 회장의 소프트뱅크는": a name with 의 (and its title) right before the subject's is who leads it. */
    private static final Pattern LEADER_BETWEEN = Pattern.compile("\\s*([가-힣A-Za-z]{1,10}\\s*)?의\\s*");

    private static boolean leaderOf(String text, ArticleAnalyzer.Role r, ArticleAnalyzer.Role subject) {
        return subject != null && r.end() <= subject.start() && subject.end() > subject.start()
                && LEADER_BETWEEN.matcher(text).region(r.end(), subject.start()).matches();
    }

    /** A single word of letters (no spaces, no punctuation) is a name a headline may carry as written. */
    private static final Pattern ONE_NAME = Pattern.compile("[가-힣A-Za-z0-9]{2,20}");

    /** "SK텔레콤" → "SK Tellekom": the Latin part and the romanised Korean part are two words. */
    private static final Pattern LATIN_THEN_HANGUL = Pattern.compile("(?<=[A-Za-z0-9])(?=[가-힣])");

    private static String unknownName(String span) {
        return ONE_NAME.matcher(span).matches() ? span : null;
    }

    /**
     * The trigger's English template, or with no doer named the type's noun phrase ("Founding[ of {object}]"):
     * a Korean headline without its subject is still a phrase ("오픈AI 설립"), an English one would start with a
     * verb.
     */
    private String englishTemplate(ArticleAnalyzer.TriggerHit trigger, Set<String> subjectIds, String doer) {
        Lexicon.TypeInfo type = lexicon.typeInfo(trigger.trigger().type());
        if (!subjectIds.isEmpty() || doer != null || type == null) {
            return trigger.trigger().headlineEn();
        }
        return trigger.trigger().headlineEnUnnamed() != null ? trigger.trigger().headlineEnUnnamed()
                : type.headlineEnUnnamed();
    }

    /** The named subject closest before the trigger (the subject of the trigger's own verb), else the first one. */
    private static ArticleAnalyzer.Role subjectOf(List<ArticleAnalyzer.Role> roles, ArticleAnalyzer.TriggerHit t,
                                                  String text) {
        ArticleAnalyzer.Role before = null;
        for (ArticleAnalyzer.Role r : roles) {
            if (r.grammaticalCase() == ArticleAnalyzer.Case.SUBJECT && r.end() <= t.start()) {
                before = r;
            }
        }
        if (before != null) {
            return before;
        }
        // otherwise the owner ("머스크의 인수 제안"), or the first of a pair joined by 와/과 ("MS와 오픈AI의 갈등"),
        // who act together; any other name is never read as the doer: a headline without one says less, not
        // something else ("두 사람은 오픈AI를 세웠다" with no one named before: "오픈AI 설립")
        return roles.stream().filter(r -> r.grammaticalCase() == ArticleAnalyzer.Case.SUBJECT).findFirst()
                .orElse(roles.stream().filter(r -> r.grammaticalCase() == ArticleAnalyzer.Case.POSSESSIVE)
                        .findFirst().orElse(firstOfAPair(roles, text)));
    }

    /** "MS와 ", "머스크 테슬라 CEO와 ": a name joined to the next one, its title between. */
    private static final Pattern PAIRED = Pattern.compile("(\\s+[가-힣A-Za-z]+){0,3}?(\\([^)]*\\))?\\s*(와|과)\\s+");

    private static ArticleAnalyzer.Role firstOfAPair(List<ArticleAnalyzer.Role> roles, String text) {
        for (int i = 0; i + 1 < roles.size(); i++) {
            ArticleAnalyzer.Role r = roles.get(i);
            if (r.grammaticalCase() == ArticleAnalyzer.Case.OBJECT && r.end() > r.start()
                    && r.end() <= roles.get(i + 1).start()
                    && PAIRED.matcher(text).region(r.end(), roles.get(i + 1).start()).matches()) {
                return r;
            }
        }
        return null;
    }

    private String names(Set<String> ids) {
        return String.join("·", ids.stream().map(lexicon::shortName).toList());
    }

    private static String englishNames(Lexicon lexicon, Set<String> ids) {
        return String.join(" and ", ids.stream().map(lexicon::englishName).toList());
    }

    private static final Pattern COORDINATED = Pattern.compile("(과|와|,)\\s*");

    /** Headlines for a doer and the party (or none) the act is done to, without amount or date. */
    static Built ofPair(Lexicon lexicon, String template, String templateEn, String subjectId, String objectId) {
        Set<String> subjects = Set.of(subjectId);
        Set<String> objects = objectId == null ? Set.of() : Set.of(objectId);
        return new Built(HeadlineTemplates.render(template, Map.of("subject", lexicon.shortName(subjectId),
                "object", objectId == null ? "" : lexicon.shortName(objectId))),
                HeadlineTemplates.renderEn(templateEn, Map.of("subject", englishNames(lexicon, subjects),
                        "object", englishNames(lexicon, objects)), false), subjects, objects);
    }
}
