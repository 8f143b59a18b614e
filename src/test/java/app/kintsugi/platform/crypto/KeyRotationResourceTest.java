package app.kintsugi.platform.crypto;

import static app.kintsugi.support.ProblemAssertions.assertProblem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;

@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class KeyRotationResourceTest {

    @Inject
    EntityManager em;

    @Inject
    MasterKeyRing ring;

    @Inject
    IntimateText text;

    @Test
    void anAdminRewrapsDataKeysUnderAnOlderMasterKeyAndTheirTextStillOpens() {
        Couples.Pair pair = Couples.pair();
        UUID couple = UUID.fromString(pair.coupleId());
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        MasterKeyRing.Wrapped old = ring.wrap("test1", couple, raw);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into couple_data_key (couple_id, master_key_id, wrapped_key, created_at)
                values (?1, ?2, ?3, now())""").setParameter(1, couple).setParameter(2, old.masterKeyId())
                .setParameter(3, old.bytes()).executeUpdate());
        byte[] sealed = text.seal(couple, "test.note", "still here");

        for (Actor actor : java.util.List.of(pair.a(), Actor.counselor("Dana"), Actor.withRoles("Ops", "service"))) {
            assertProblem(actor.post("/v1/admin/data-key-rewraps", Map.of()), 403, "forbidden");
        }
        Actor admin = Actor.withRoles("Ada", "admin");
        admin.post("/v1/admin/data-key-rewraps").statusCode(200).body("activeMasterKey", equalTo("test2"))
                .body("rewrapped", greaterThanOrEqualTo(1));
        admin.post("/v1/admin/data-key-rewraps").statusCode(200).body("rewrapped", equalTo(0));
        String label = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select master_key_id from couple_data_key where couple_id = ?1")
                .setParameter(1, couple).getSingleResult());
        assertEquals("test2", label);
        assertEquals("still here", text.open(couple, "test.note", sealed));
    }
}
