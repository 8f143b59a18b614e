package app.kintsugi.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the export's items and the receipt's counts. */
final class Items {

    private Items() {
    }

    /** An item from name and value pairs, in order; absent values are left out rather than written as null. */
    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> item = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                item.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return item;
    }

    static Map<String, List<Map<String, Object>>> sections(Object... namesAndLists) {
        Map<String, List<Map<String, Object>>> sections = new LinkedHashMap<>();
        for (int i = 0; i < namesAndLists.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) namesAndLists[i + 1];
            sections.put((String) namesAndLists[i], new ArrayList<>(items));
        }
        return sections;
    }

    static Map<String, Integer> counts(Object... namesAndCounts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            counts.put((String) namesAndCounts[i], (Integer) namesAndCounts[i + 1]);
        }
        return counts;
    }
}
