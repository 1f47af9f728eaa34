package io.yeonpyo.extraction;

import java.util.List;

/**
 * A person or company as described in {@code data/actors.yml}.
 *
 * @param role     short Korean description ("오픈AI CEO"), empty when none
 * @param roleEn   the same in English, empty when none
 * @param aliases  every spelling met in articles (Korean, English, transliterations, misspellings)
 * @param products product names that stand for this company only when the sentence means the company
 */
public record ActorEntry(String id, ActorKind kind, String nameKo, String nameEn, String role,
                         String roleEn, List<String> aliases, List<String> products) {

    public ActorEntry {
        aliases = List.copyOf(aliases);
        products = List.copyOf(products);
    }
}
