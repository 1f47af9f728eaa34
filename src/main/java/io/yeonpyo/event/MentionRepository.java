package io.yeonpyo.event;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MentionRepository extends JpaRepository<Mention, Long> {

    @Query("select new io.yeonpyo.event.MentionRow(m.id, m.articleId, m.sentenceIndex, m.clause, m.type, m.actors,"
            + " m.date, m.dateText, m.derivation, m.amount, m.headline, m.headlineEn, m.publishedOn,"
            + " m.timing)"
            + " from Mention m where m.retired = false order by m.articleId, m.ordinal")
    List<MentionRow> findCurrentRows();

    /** Article id, outlet and title of the mentions of these articles: how a conflict names its sources. */
    @Query("select distinct m.articleId, m.outlet, m.articleTitle from Mention m where m.articleId in :articleIds")
    List<Object[]> findSourceNames(Collection<String> articleIds);

    @Modifying
    @Query("update Mention m set m.retired = true where m.articleId = :articleId and m.retired = false")
    int retireByArticleId(String articleId);

    @Modifying
    @Query("delete from Mention m where m.retired = true")
    int deleteRetired();

    @Modifying
    @Query(value = "update timeline_state set needs_rebuild = :needed where id = 1", nativeQuery = true)
    void markNeedsRebuild(boolean needed);

    @Query(value = "select needs_rebuild from timeline_state where id = 1", nativeQuery = true)
    boolean needsRebuild();
}
