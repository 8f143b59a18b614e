package app.kintsugi.reference;

/** The examples the reference data operations publish. */
public final class ReferenceContract {

    public static final String TIME_ZONE_PAGE = """
            {
              "items": [
                { "id": "Africa/Abidjan", "currentOffset": "+00:00" },
                { "id": "Africa/Accra", "currentOffset": "+00:00" }
              ],
              "nextCursor": "eyJsaXN0IjoidGltZS16b25lcyIsImFmdGVyIjpbIkFmcmljYS9BY2NyYSJdfQ.mB1cq0n0wY3J5cW9yZ3Vh"
            }""";

    private ReferenceContract() {
    }
}
