package app.kintsugi.commitment;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes occurrences as an iCalendar document (RFC 5545): CRLF line ends, lines folded at 75 octets, TEXT values
 * escaped. Timed events are written in UTC and all-day events as dates, so no time zone definitions are needed and
 * daylight-saving changes are already in the instants.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * One event: a stable uid, its summary (with the language it is in when we wrote it, null for a partner's own
     * title, whose language we do not know), and either an instant span or a day.
     */
    record Event(String uid, String summary, String summaryLanguage, LocalDate day, Instant startsAt, Instant endsAt,
            Instant stamp) {
    }

    private ICalendar() {
    }

    static String write(String name, List<Event> events) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Kintsugi//Commitments//EN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + event.uid());
            line(out, "DTSTAMP:" + UTC.format(event.stamp()));
            if (event.startsAt() != null) {
                line(out, "DTSTART:" + UTC.format(event.startsAt()));
                line(out, "DTEND:" + UTC.format(event.endsAt()));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.day()));
                line(out, "DTEND;VALUE=DATE:" + DATE.format(event.day().plusDays(1)));
            }
            line(out,
                    (event.summaryLanguage() == null ? "SUMMARY:" : "SUMMARY;LANGUAGE=" + event.summaryLanguage() + ":")
                            + text(event.summary()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value with backslashes, semicolons, commas and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 sequence. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length();) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
