package dev.telewire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * What the first call of a fresh JVM sets up: Retrofit only on the first call that needs it (a
 * client whose calls the runtime builds itself never loads it), and no annotation proxies. Checked
 * in a fresh JVM, as this one has loaded Retrofit and proxies long ago.
 */
class RetrofitLoadingTest {
  @Test
  void aTruedyCallLoadsNoRetrofitClass() throws Exception {
    String classes = firstCallClassLoading("service");

    assertThat(classes).contains("dev.telewire.TruedyClient ").contains("first call done");
    assertThat(classes.lines().filter(line -> line.contains(" retrofit2."))).isEmpty();
  }

  @Test
  void aTruedyCallDefinesNoAnnotationProxy() throws Exception {
    String classes = firstCallClassLoading("service");

    // Generated adapters are found by name: reading @JsonClass would define proxy classes.
    assertThat(classes).contains("first call done");
    assertThat(classes.lines().filter(line -> line.contains("__dynamic_proxy__"))).isEmpty();
  }

  @Test
  void theRetrofitInterfacesLoadRetrofit() throws Exception {
    String classes = firstCallClassLoading("retrofit");

    assertThat(classes.lines().filter(line -> line.contains(" retrofit2.Retrofit "))).isNotEmpty();
    assertThat(classes).contains("first call done");
  }

  /** The class-loading log of a fresh JVM running {@link FirstCall} with {@code how}. */
  private static String firstCallClassLoading(String how) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    // Surefire runs this module's tests on the module path: the child gets both paths as its class path.
    String classPath = String.join(File.pathSeparator,
        System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""));
    Process process = new ProcessBuilder(java.toString(), "-Xlog:class+load=info", "-cp", classPath,
        FirstCall.class.getName(), how)
        .redirectErrorStream(true)
        .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String log = new String(output, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(log).isZero();
    return log;
  }

  /** Makes one Truedy call against a loopback server, through the service or the Retrofit interface. */
  static final class FirstCall {
    public static void main(String[] args) throws Exception {
      try (MockWebServer server = new MockWebServer()) {
        server.enqueue(new MockResponse().setBody(Requests.TRUEDY_200));
        server.start();
        TruedyClient client = TruedyClient.builder().apiKey(VendorCall.TRUEDY_KEY).baseUrl(server.url("/").toString()).build();
        Object answer = List.of(args).contains("retrofit")
            ? client.retrofit().telephony().unassignPhoneNumber(Requests.UNASSIGN).execute().body()
            : client.telephony().unassignPhoneNumber(Requests.UNASSIGN);
        System.out.println(answer != null ? "first call done" : "no answer");
      }
    }
  }
}
