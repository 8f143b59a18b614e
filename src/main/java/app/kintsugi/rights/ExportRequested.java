package app.kintsugi.rights;

import java.util.UUID;

/** Fired when an export was asked for; observed once the request's transaction committed. */
record ExportRequested(UUID exportId) {
}
