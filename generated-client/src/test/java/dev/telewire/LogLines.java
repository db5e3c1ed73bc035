package dev.telewire;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** A java.util.logging handler that keeps the message of every record it is given, for tests to read. */
public final class LogLines extends Handler {
  private final List<String> lines = new CopyOnWriteArrayList<>();

  /** The messages so far, in order; the list grows as records arrive. */
  public List<String> lines() {
    return lines;
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
