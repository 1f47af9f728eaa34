package io.yeonpyo.actor;

import io.yeonpyo.extraction.ActorKind;
import java.util.List;

/** Object Mother for actors and relationships as the catalog would return them from data/actors.yml. */
public final class Actors {

    private Actors() {
    }

    public static ActorView microsoft() {
        return new ActorView("microsoft", ActorKind.COMPANY, "마이크로소프트", "Microsoft", "오픈AI 최대 투자사", "OpenAI's largest investor",
                List.of("마이크로소프트", "MS", "마소"));
    }

    public static ActorView openai() {
        return new ActorView("openai", ActorKind.COMPANY, "오픈AI", "OpenAI", "챗GPT 개발사", "Maker of ChatGPT",
                List.of("오픈AI", "오픈 AI", "OpenAI"));
    }

    public static ActorView samAltman() {
        return new ActorView("sam-altman", ActorKind.PERSON, "샘 알트먼", "Sam Altman", "오픈AI CEO", "CEO of OpenAI",
                List.of("샘 알트먼", "알트먼", "올트먼", "샘 올트먼"));
    }

    public static ActorView elonMusk() {
        return new ActorView("elon-musk", ActorKind.PERSON, "일론 머스크", "Elon Musk", null, null, List.of("일론 머스크", "머스크"));
    }

    /** Discovered in the articles: not in data/actors.yml. */
    public static ActorView bretTaylor() {
        return new ActorView("beuret-teilleo", ActorKind.PERSON, "브렛 테일러", "Beuret Teilleo", "의장", null,
                List.of("브렛 테일러", "테일러"), true, 3, 2);
    }

    public static List<ActorView> all() {
        return List.of(microsoft(), openai(), samAltman(), elonMusk());
    }

    public static RelationshipView msOpenai() {
        return new RelationshipView("ms-openai", "MS–오픈AI", "Microsoft–OpenAI", List.of("microsoft", "satya-nadella"),
                List.of("openai", "sam-altman"));
    }

    public static RelationshipView muskAltman() {
        return new RelationshipView("musk-altman", "머스크–알트먼", "Musk–Altman", List.of("elon-musk"),
                List.of("sam-altman", "openai"));
    }

    public static List<RelationshipView> relationships() {
        return List.of(msOpenai(), muskAltman());
    }
}
