package io.yeonpyo.event;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long>, JpaSpecificationExecutor<TimelineEvent> {

    Optional<TimelineEvent> findBySlug(String slug);

    @Query("select distinct e from TimelineEvent e join e.sources s where s.articleId = :articleId order by e.sortOrder")
    List<TimelineEvent> findByArticle(String articleId);

    @Query("select distinct e from TimelineEvent e join e.relationships r where r in :relationships and e.date is not null"
            + " and e.sortOrder < :sortOrder order by e.sortOrder desc")
    List<TimelineEvent> findBefore(List<String> relationships, int sortOrder,
                                   Limit limit);

    @Query("select distinct e from TimelineEvent e join e.relationships r where r in :relationships and e.date is not null"
            + " and e.sortOrder > :sortOrder order by e.sortOrder asc")
    List<TimelineEvent> findAfter(List<String> relationships, int sortOrder,
                                  Limit limit);

    /** (article id, sentence index, event type, slug) of every source of every event. */
    @Query("select s.articleId, s.sentenceIndex, s.type, e.slug from TimelineEvent e join e.sources s")
    List<Object[]> findSourceSlugs();

    @Query("select new io.yeonpyo.event.EventOutline(e.slug, e.date, e.type, e.headline) from TimelineEvent e"
            + " join e.relationships r where r = :relationshipId and e.date is not null order by e.sortOrder")
    List<EventOutline> findDatedOutlines(String relationshipId);

    List<TimelineEvent> findByIdGreaterThanOrderById(Long id, Limit limit);

    @Query("select s.articleId, count(distinct e.id) from TimelineEvent e join e.sources s group by s.articleId")
    List<Object[]> countByArticle();

    @Modifying
    @Query(value = "delete from event", nativeQuery = true)
    void deleteAllEvents();
}
