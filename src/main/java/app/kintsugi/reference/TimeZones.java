package app.kintsugi.reference;

import java.time.ZoneId;
import java.util.List;

/** The IANA time zones the API accepts wherever a person or a couple names one. */
public final class TimeZones {

    /** Sorted; the legacy {@code SystemV/} aliases are left out because no IANA client knows them. */
    public static final List<String> SUPPORTED = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    private TimeZones() {
    }

    public static boolean isSupported(String id) {
        return id != null && java.util.Collections.binarySearch(SUPPORTED, id) >= 0;
    }
}
