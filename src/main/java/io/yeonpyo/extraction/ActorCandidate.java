package io.yeonpyo.extraction;

/**
 * A name that {@code data/actors.yml} does not list, as met in one sentence of one article.
 *
 * @param kind  what a role word or the name's form says it is, or null when nothing does
 * @param role  the role word written next to it ("변호사", "의장"), or null
 * @param gloss a Latin abbreviation written in parentheses right after it ("CMA"), or null
 * @param party whether it is the subject, object or partner of an event's predicate in that sentence
 * @param presented whether it is written the way news introduce someone who matters: a full name with its title, as
 *                  the subject or object of its sentence ("젠슨 황 엔비디아 CEO는 …라고 말했다"), event or not
 */
public record ActorCandidate(int sentenceIndex, String name, ActorKind kind, String role, String gloss,
                             boolean party, boolean presented) {
}
