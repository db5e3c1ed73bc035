/**
 * The runtime behind the generated clients: HTTP stack, retries, error reading, redaction and
 * request checks. Internal API: it may change in any release, and the module does not export it.
 */
@NullMarked
package dev.telewire.internal;

import org.jspecify.annotations.NullMarked;
