package app.kintsugi.exercise;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.kintsugi.platform.paging.Page;
import app.kintsugi.platform.paging.PageRequest;
import app.kintsugi.platform.paging.Paging;
import app.kintsugi.platform.problem.Problems;

/** The reflection prompt sets, seeded with the catalogue, read in the caller's language. */
@ApplicationScoped
class PromptSets {

    private static final String SELECT = """
            select s.slug, s.sort_order, coalesce(loc.locale, en.locale) as locale,
                   coalesce(loc.title, en.title) as title, coalesce(loc.description, en.description) as description,
                   cast(coalesce(loc.prompts, en.prompts) as text) as prompts
            from prompt_set s
            join prompt_set_text en on en.slug = s.slug and en.locale = 'en'
            left join prompt_set_text loc on loc.slug = s.slug and loc.locale = :language
                                          and loc.status = 'published' and loc.source_digest = en.text_digest
            """;

    private final EntityManager em;
    private final Paging paging;
    private final ObjectMapper mapper;

    PromptSets(EntityManager em, Paging paging, ObjectMapper mapper) {
        this.em = em;
        this.paging = paging;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    List<String> languages() {
        return em.createNativeQuery("select distinct locale from prompt_set_text where status = 'published'",
                String.class).getResultList()
                .stream().map(String.class::cast).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PromptSetPage list(String language, String limit, String cursor) {
        PageRequest request = paging.request("prompt-sets", limit, cursor);
        int after = request.after().map(key -> Integer.parseInt(key.get(0))).orElse(Integer.MIN_VALUE);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where s.sort_order > :after order by s.sort_order",
                Tuple.class).setParameter("language", language).setParameter("after", after)
                .setMaxResults(request.fetchSize()).getResultList();
        Page<Tuple> page = paging.page("prompt-sets", request, rows,
                row -> List.of(row.get("sort_order").toString()));
        return PromptSetPage.of(page.map(this::view));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    PromptSetView get(String slug, String language) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where s.slug = :slug", Tuple.class)
                .setParameter("language", language).setParameter("slug", slug).getResultList();
        return rows.stream().findFirst().map(this::view)
                .orElseThrow(() -> Problems.notFound("There is no prompt set with this slug."));
    }

    private PromptSetView view(Tuple row) {
        try {
            List<String> prompts = mapper.readValue((String) row.get("prompts"), new TypeReference<>() {
            });
            return new PromptSetView((String) row.get("slug"), (String) row.get("locale"), (String) row.get("title"),
                    (String) row.get("description"), prompts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A seeded prompt set is not a JSON array of strings", e);
        }
    }

}
