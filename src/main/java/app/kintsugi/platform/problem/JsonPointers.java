package app.kintsugi.platform.problem;

import com.fasterxml.jackson.databind.JsonMappingException;

/** Renders the location of a JSON binding error as an RFC 6901 pointer, the form {@code errors[].field} uses. */
public final class JsonPointers {

    private JsonPointers() {
    }

    public static String of(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
