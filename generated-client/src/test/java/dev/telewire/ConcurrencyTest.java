package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.truedy.model.UnassignPhoneNumberResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One client shared by many threads returns each caller its own answer. */
@Timeout(8)
class ConcurrencyTest {
  private static final Pattern NUMBER_ID = Pattern.compile("\"number_id\":\"([^\"]+)\"");
  private static final int THREADS = 8;
  private static final int CALLS_PER_THREAD = 10;

  private final MockWebServer server = new MockWebServer();
  private TruedyClient client;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        Matcher id = NUMBER_ID.matcher(request.getBody().readUtf8());
        String echoed = id.find() ? id.group(1) : "missing";
        return new MockResponse().setHeader("Content-Type", "application/json")
            .setBody(Requests.TRUEDY_200.replace("req_32e7531c", echoed));
      }
    });
    server.start();
    OkHttpClient bounded = new OkHttpClient.Builder().connectionPool(new ConnectionPool(8, 1, TimeUnit.MINUTES)).build();
    client = TruedyClient.builder().apiKey("tr_secret").baseUrl(server.url("/").toString()).okHttpClient(bounded).build();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  @Test
  void threadsSharingAClientEachGetTheirOwnResults() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<String>>> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(pool.submit(() -> {
          List<String> mismatches = new ArrayList<>();
          for (int c = 0; c < CALLS_PER_THREAD; c++) {
            String id = "num_" + thread + "_" + c;
            UnassignPhoneNumberResponse response =
                client.telephony().unassignPhoneNumber(Requests.UNASSIGN.toBuilder().numberId(id).build());
            if (!response.meta().requestId().equals(id)) {
              mismatches.add(id + " got " + response.meta().requestId());
            }
          }
          return mismatches;
        }));
      }
      for (Future<List<String>> thread : threads) {
        assertThat(thread.get(Await.BOUND.toMillis(), TimeUnit.MILLISECONDS)).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.getRequestCount()).isEqualTo(THREADS * CALLS_PER_THREAD);
  }

  @Test
  void manyAsyncCallsEachCompleteWithTheirOwnResult() {
    List<CompletableFuture<UnassignPhoneNumberResponse>> futures = new ArrayList<>();
    for (int c = 0; c < 64; c++) {
      futures.add(client.async().telephony().unassignPhoneNumber(Requests.UNASSIGN.toBuilder().numberId("num_async_" + c).build()));
    }

    for (int c = 0; c < futures.size(); c++) {
      assertThat(Await.join(futures.get(c)).meta().requestId()).isEqualTo("num_async_" + c);
    }
  }
}
