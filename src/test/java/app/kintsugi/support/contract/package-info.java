/**
 * The conformance harness: the suite holds the server to the committed contract, {@code openapi/openapi.json}, in both
 * directions.
 *
 * <p>
 * <b>Every answer is documented.</b> {@link app.kintsugi.support.contract.ConformanceInstaller} puts
 * {@link app.kintsugi.support.contract.ConformanceFilter} in front of RestAssured for every {@code @QuarkusTest}. For
 * each exchange under {@code /v1/} it finds the operation (method and path template), then fails the test when: the
 * status is not documented on the operation ({@code default} stands for 5xx only); the media type is not documented for
 * that status; the body does not validate against the documented schema (JSON Schema 2020-12, formats asserted, and no
 * property the schema does not list); a required header is missing, or a header clients act on ({@code ETag},
 * {@code Location}, {@code Retry-After}, {@code Idempotent-Replayed}, {@code Content-Language}, ...) is sent but not
 * documented on that response; a problem's {@code code} is not among the codes the response documents (read from its
 * examples). A request the server accepted (2xx) must itself fit the contract: every query parameter and the body. A
 * path no operation has must answer 404 (405 for a known path) as a problem.
 *
 * <p>
 * <b>Everything documented is produced.</b> Each outcome (operation id, status, and problem code) is appended to
 * {@code target/conformance/exchanges.txt}. {@code ContractCoverageIT}, in the integration-test phase of
 * {@code ./mvnw verify}, lists every documented outcome that no test produced into
 * {@code target/conformance/coverage.txt} and fails on any. It judges only whole runs: after
 * {@code ./mvnw verify -Dtest='app.kintsugi.jar.*Test' -Dit.test=ContractCoverageIT} it writes the report (every
 * operation the other tests would cover shows as missing) without failing. {@code ContractWalkTest} produces the
 * outcomes every operation shares (401, 403 {@code forbidden}, 406, 400, 413, 415, 422, the {@code Idempotency-Key}
 * problems) by walking the contract.
 *
 * <p>
 * <b>Running it.</b> {@code ./mvnw verify} runs both directions. {@code -Dcontract.report-only=true} writes violations
 * to {@code target/conformance/violations.txt} instead of failing, to survey a large change at once.
 * {@link app.kintsugi.support.contract.Conformance#unchecked} runs requests meant to leave the contract (a path no
 * client should call) unchecked; never use it to hide an undocumented answer. {@code ConformanceSelfTest} shows that
 * each kind of defect is caught.
 */
package app.kintsugi.support.contract;
