package io.yeonpyo.event;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MentionRepository extends JpaRepository<Mention, Long> {

    @Query("select m from Mention m order by m.articleId, m.ordinal")
    List<Mention> findAllInReadingOrder();

    @Modifying
    @Query("delete from Mention m where m.articleId = :articleId")
    int deleteByArticleId(String articleId);
}
