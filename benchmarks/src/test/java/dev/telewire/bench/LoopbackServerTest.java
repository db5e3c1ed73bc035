package dev.telewire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {
  private LoopbackServer server;
  private OkHttpClient http = Http.newClient();

  @BeforeEach
  void start() throws Exception {
    server = LoopbackServer.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private int post(String url, String authorization) throws Exception {
    Request.Builder request = new Request.Builder().url(url).post(RequestBody.create("{}", RawTruedy.JSON));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      response.body().string();
      return response.code();
    }
  }

  @Test
  void truedyWithTheKeyGets200() throws Exception {
    assertThat(post(server.truedyBaseUrl() + "telephony/numbers/unassign", "Bearer tr_bench_key")).isEqualTo(200);
  }

  @Test
  void truedyWithoutTheKeyGets401() throws Exception {
    assertThat(post(server.truedyBaseUrl() + "telephony/numbers/unassign", null)).isEqualTo(401);
  }

  @Test
  void vidaWithoutTheTokenGets401() throws Exception {
    assertThat(post(server.vidaBaseUrl() + "api/v2/phoneNumber/return", null)).isEqualTo(401);
  }

  @Test
  void sinkGetCallWithTheKeyGets200() throws Exception {
    Request request = new Request.Builder().url(server.sinkBaseUrl() + "calls/c1").header("Authorization", "Bearer tr_bench_key").build();
    try (Response response = http.newCall(request).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  @Test
  void unknownPathGets404() throws Exception {
    assertThat(post(server.origin() + "/elsewhere", "Bearer tr_bench_key")).isEqualTo(404);
  }

  @Test
  void consecutiveCallsShareOneConnection() throws Exception {
    AtomicInteger connects = new AtomicInteger();
    http =
        http.newBuilder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
                    connects.incrementAndGet();
                  }
                })
            .build();

    for (int i = 0; i < 3; i++) {
      post(server.vidaBaseUrl() + "api/v2/phoneNumber/return?token=vd_bench_token", null);
    }

    assertThat(connects).hasValue(1);
  }
}
