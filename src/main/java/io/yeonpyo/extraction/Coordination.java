package io.yeonpyo.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/** Names joined by 과/와/및/· form one noun phrase: they take part in the event together. */
final class Coordination {

    private static final Pattern COORDINATION = Pattern.compile("(\\([^)]*\\))?\\s*(과|와|및|·|,)\\s*");
    private static final Pattern JOINED = Pattern.compile("(\\([^)]*\\))?\\s*(과|와)\\s+");
    private static final Pattern LISTED = Pattern.compile("(\\([^)]*\\))?\\s*[,·]\\s*");

    private Coordination() {
    }

    /** Whether what stands between two names joins them into one phrase: "A과 B", "A(에이)와 B", "A·B", "A, B". */
    static boolean joins(String text, int firstEnd, int secondStart) {
        return firstEnd <= secondStart && COORDINATION.matcher(text).region(firstEnd, secondStart).matches();
    }

    /**
     * "구글과 앤트로픽의 협력에 대한 조사": names joined by 과/와/및/· form one noun phrase, so a party joined to a
     * party of the event is a party too, whatever case the phrase as a whole takes.
     */
    static void addCoordinated(String text, List<ArticleAnalyzer.Role> roles, List<String> actorIds) {
        List<ArticleAnalyzer.Role> ordered = roles.stream().filter(r -> r.end() > r.start())
                .sorted(Comparator.comparingInt(ArticleAnalyzer.Role::start)).toList();
        for (int i = 0; i + 1 < ordered.size(); i++) {
            ArticleAnalyzer.Role a = ordered.get(i);
            ArticleAnalyzer.Role b = ordered.get(i + 1);
            if (!joins(text, a.end(), b.start())) {
                continue;
            }
            boolean aIn = actorIds.containsAll(a.actorIds());
            boolean bIn = actorIds.containsAll(b.actorIds());
            if (aIn != bIn) {
                (aIn ? b : a).actorIds().stream().filter(id -> !actorIds.contains(id)).forEach(actorIds::add);
            }
        }
    }

    /**
     * "MS와 애플이 … 옵서버 자격을 포기했다": a name with 와/과 right before the subject is a second subject, not the
     * one the act is done with; so is a name listed with a comma or a middle dot before it ("오픈AI·소프트뱅크·오라클이").
     */
    static List<ArticleAnalyzer.Role> jointSubjects(String text, List<ArticleAnalyzer.Role> roles) {
        List<ArticleAnalyzer.Role> out = new ArrayList<>(roles);
        // from the last name back, so that a whole list joins its subject: "머스크와 올트먼, 브로크먼 등이"
        for (int i = out.size() - 2; i >= 0; i--) {
            ArticleAnalyzer.Role a = out.get(i);
            ArticleAnalyzer.Role b = out.get(i + 1);
            boolean joined = a.grammaticalCase() == ArticleAnalyzer.Case.OBJECT
                    && a.end() <= b.start() && JOINED.matcher(text).region(a.end(), b.start()).matches();
            // "일론 머스크, 샘 알트먼 등이": the items of a list share the case of the last one
            boolean listed = a.grammaticalCase() == ArticleAnalyzer.Case.NONE
                    && a.end() <= b.start() && LISTED.matcher(text).region(a.end(), b.start()).matches();
            if (b.grammaticalCase() == ArticleAnalyzer.Case.SUBJECT && a.end() > a.start() && (joined || listed)) {
                List<String> ids = new ArrayList<>(a.actorIds());
                b.actorIds().stream().filter(id -> !ids.contains(id)).forEach(ids::add);
                out.set(i, new ArticleAnalyzer.Role(ids, ArticleAnalyzer.Case.SUBJECT, a.start(), b.end()));
                out.remove(i + 1);
            }
        }
        return List.copyOf(out);
    }
}
