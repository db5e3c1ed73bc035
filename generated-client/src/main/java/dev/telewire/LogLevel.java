package dev.telewire;

/**
 * How much of each HTTP exchange the client logs, through {@code System.Logger} named
 * {@code dev.telewire.http}. The credential is masked at every level.
 */
public enum LogLevel {
  /** Logs nothing; the default. */
  NONE,
  /** Logs the request line, the status, the time taken and the body size. */
  BASIC,
  /** Logs what {@link #BASIC} does plus the headers. */
  HEADERS,
  /** Logs what {@link #HEADERS} does plus the bodies. */
  BODY
}
