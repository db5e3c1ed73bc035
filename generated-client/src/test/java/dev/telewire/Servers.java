package dev.telewire;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.QueueDispatcher;

/** Mock vendor servers for the tests. */
public final class Servers {
  private Servers() {}

  /**
   * A MockWebServer that answers 404 at once when nothing is left in its queue, where the default
   * leaves the request waiting for a response that never comes: a call that sends more than the
   * test enqueued (a retry too many, say) then fails the test quickly instead of hanging it.
   */
  public static MockWebServer failingFast() {
    QueueDispatcher queue = new QueueDispatcher();
    queue.setFailFast(true);
    MockWebServer server = new MockWebServer();
    server.setDispatcher(queue);
    return server;
  }
}
