package app.kintsugi.couple;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import app.kintsugi.support.Couples;
import app.kintsugi.support.Couples.Actor;
import app.kintsugi.support.QueryCounter;

/**
 * What reading a couple costs the database (statements and transactions, every layer counted): a partner's read is one
 * statement in no transaction of its own, whatever the couple's state; the answers that go the long way (another
 * couple's id, a counselor's logged read) keep theirs.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CoupleQueryBudgetTest {

    @Test
    void aPartnerReadsTheirCoupleInOneStatement() {
        Couples.Pair pair = Couples.pair();
        String path = "/v1/couples/" + pair.coupleId();
        pair.a().get(path).statusCode(200);

        QueryCounter.assertCounts("GET /v1/couples/{id}, active couple", 1, 1,
                () -> pair.a().get(path).statusCode(200).body("status", equalTo("active")));
        pair.b().put(path + "/my-pause").statusCode(200);
        QueryCounter.assertCounts("GET /v1/couples/{id}, paused couple, the other partner", 1, 1,
                () -> pair.a().get(path).statusCode(200).body("status", equalTo("paused"))
                        .body("pausedByYou", equalTo(false)));
    }

    @Test
    void aFormingCoupleIsOneStatementToo() {
        Actor sam = Actor.user("Sam");
        String path = "/v1/couples/" + Couples.create(sam);
        sam.get(path).statusCode(200);
        QueryCounter.assertCounts("GET /v1/couples/{id}, forming couple", 1, 1,
                () -> sam.get(path).statusCode(200).body("status", equalTo("forming")));
    }

    @Test
    void anotherCouplesIdTakesTheLongWayToItsNotFound() {
        Couples.Pair pair = Couples.pair();
        Actor stranger = Actor.user("Stranger");
        stranger.get("/v1/couples").statusCode(200);
        String path = "/v1/couples/" + pair.coupleId();
        // The one-statement read finds nothing; the reader then looks up the profile and the membership, in a
        // transaction: the same work as for an id that names nothing, so neither answer tells the other apart.
        QueryCounter.Counts other = QueryCounter.of(() -> stranger.get(path).statusCode(404));
        QueryCounter.Counts none = QueryCounter.of(
                () -> stranger.get("/v1/couples/" + java.util.UUID.randomUUID()).statusCode(404));
        org.junit.jupiter.api.Assertions.assertEquals(other, none, "another couple's id and an unknown id");
        org.junit.jupiter.api.Assertions.assertEquals(new QueryCounter.Counts(3, 2), other, "404 for a stranger");
    }
}
