package dev.telewire.kitchensink.real;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.RequestOptions;
import dev.telewire.errors.InvalidRequestException;
import dev.telewire.errors.TelewireException;
import dev.telewire.internal.ClientSettings;
import dev.telewire.internal.Generated;
import dev.telewire.internal.Json;
import dev.telewire.internal.PreparedCall;
import dev.telewire.internal.ServiceContext;
import dev.telewire.internal.Vendor;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The services build the requests of simple operations themselves rather than through Retrofit:
 * for every such operation of a corpus spec, what reaches the server from the service must be what
 * the generated Retrofit interface sends through the same client, but for the per-call
 * idempotency key.
 */
class RealSpecRoutesTest {
  private static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"resend", "spotify", "frigate", "adyen", "xero", "clerk"})
  void everyDirectlyBuiltRequestIsTheOneRetrofitBuilds(String vendor) throws Exception {
    String invokerPackage = "dev.telewire.real." + vendor;
    Map<String, Method> retrofit = RetrofitOperations.of(invokerPackage);
    Map<String, JsonNode> examples = new HashMap<>();
    for (DocumentedExamples.Operation operation : DocumentedExamples.of(vendor).operations()) {
      if (!operation.requests().isEmpty()) {
        examples.put(RetrofitOperations.key(operation.method(), operation.path()), operation.requests().get(0));
      }
    }
    List<String> failures = new ArrayList<>();
    int compared = 0;
    int refused = 0;
    int routes = 0;
    int skipped = 0;
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return new MockResponse().setResponseCode(204);
        }
      });
      server.start();
      ServiceContext context = context(server.url("/base/").toString());
      for (Class<?> service : services(invokerPackage)) {
        Object instance = service.getConstructor(ServiceContext.class).newInstance(context);
        for (Field field : service.getDeclaredFields()) {
          if (field.getType() != PreparedCall.Route.class || !Modifier.isStatic(field.getModifiers())) {
            continue;
          }
          routes++;
          field.setAccessible(true);
          String key = key(field.get(null).toString());
          String name = field.getName().replaceFirst("Route$", "");
          Method method = serviceMethod(service, name);
          Method api = retrofit.get(key);
          if (method == null || api == null) {
            failures.add(key + ": no service method " + name + " or Retrofit method");
            continue;
          }
          Object[] arguments = new Object[method.getParameterCount()];
          arguments[arguments.length - 1] = RequestOptions.builder().maxRetries(0).build();
          if (arguments.length == 2) {
            arguments[0] = body(method.getGenericParameterTypes()[0], examples.get(key));
            if (arguments[0] == null) {
              skipped++;
              continue; // a body without a documented example cannot be made up
            }
          }
          drain(server);
          try {
            method.invoke(instance, arguments);
          } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRequestException) {
              refused++; // checked before sending, as the Retrofit interface does not
              continue;
            }
            if (!(e.getCause() instanceof TelewireException)) {
              failures.add(key + ": " + e.getCause());
              continue;
            }
          }
          RecordedRequest fromService = server.takeRequest(5, TimeUnit.SECONDS);
          Object[] apiArguments = arguments.length == 2 ? new Object[] {arguments[0]} : new Object[0];
          ((retrofit2.Call<?>) api.invoke(context.api(api.getDeclaringClass()), apiArguments)).execute();
          RecordedRequest fromRetrofit = server.takeRequest(5, TimeUnit.SECONDS);
          String difference = difference(fromService, fromRetrofit);
          if (difference != null) {
            failures.add(key + ": " + difference);
          } else {
            compared++;
          }
        }
      }
    }
    System.out.println("Corpus " + vendor + ": " + routes + " directly built operations, " + compared
        + " compared with Retrofit, " + refused + " refused before sending, " + skipped + " without a body to send");
    assertThat(failures).as(vendor).isEmpty();
    assertThat(routes).as(vendor + ": directly built operations found").isEqualTo(routesInSources(vendor));
    if (routes > skipped) {
      assertThat(compared).as(vendor + ": directly built operations compared").isPositive();
    }
  }

  /** How many routes the generated services declare, counted in their sources. */
  private static long routesInSources(String vendor) throws IOException {
    java.nio.file.Path api = java.nio.file.Path.of("target/generated-sources/real-" + vendor + "/src/main/java/dev/telewire/real/"
        + vendor + "/api");
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(api)) {
      long count = 0;
      for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
        String source = java.nio.file.Files.readString(file);
        count += source.split("Route = PreparedCall\\.route\\(", -1).length - 1;
      }
      return count;
    }
  }

  private static ServiceContext context(String baseUrl) {
    Vendor vendor = Generated.vendor("Corpus", "apiKey", "CORPUS_API_KEY", "CORPUS_BASE_URL", baseUrl,
        "BEARER_HEADER", "Authorization");
    ClientSettings.Builder settings = ClientSettings.builder(vendor);
    settings.key("corpus-key");
    settings.options().baseUrl(baseUrl);
    return ServiceContext.of(settings.build(), vendor, IDEMPOTENCY_HEADER);
  }

  /** What differs between the two requests, or null: method, path and query, headers but the idempotency key, body. */
  private static String difference(RecordedRequest service, RecordedRequest retrofit) {
    if (service == null || retrofit == null) {
      return "not sent (service " + (service != null) + ", Retrofit " + (retrofit != null) + ")";
    }
    if (!service.getMethod().equals(retrofit.getMethod()) || !service.getPath().equals(retrofit.getPath())) {
      return service.getMethod() + " " + service.getPath() + " vs " + retrofit.getMethod() + " " + retrofit.getPath();
    }
    boolean changesState = !"GET".equals(service.getMethod()) && !"HEAD".equals(service.getMethod());
    if (changesState && service.getHeader(IDEMPOTENCY_HEADER) == null) {
      return "no " + IDEMPOTENCY_HEADER;
    }
    Map<String, List<String>> serviceHeaders = headers(service);
    Map<String, List<String>> retrofitHeaders = headers(retrofit);
    if (!serviceHeaders.equals(retrofitHeaders)) {
      return "headers " + serviceHeaders.keySet() + " vs " + retrofitHeaders.keySet();
    }
    String serviceBody = service.getBody().readUtf8();
    String retrofitBody = retrofit.getBody().readUtf8();
    return serviceBody.equals(retrofitBody) ? null : "body " + serviceBody + " vs " + retrofitBody;
  }

  private static Map<String, List<String>> headers(RecordedRequest request) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    request.getHeaders().toMultimap().forEach((name, values) -> {
      if (!name.equalsIgnoreCase(IDEMPOTENCY_HEADER)) {
        headers.put(name, values);
      }
    });
    return headers;
  }

  /** The body read from the documented example, or from {@code {}} when there is none, or null if neither reads. */
  private static Object body(Type type, JsonNode example) {
    try {
      return Json.MOSHI.adapter(type).fromJson(example != null ? example.toString() : "{}");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Method serviceMethod(Class<?> service, String name) {
    for (Method method : service.getMethods()) {
      Class<?>[] types = method.getParameterTypes();
      if (method.getName().equals(name) && types.length > 0 && types[types.length - 1] == RequestOptions.class) {
        return method;
      }
    }
    return null;
  }

  /** {@code "POST /a/b"} from a route's {@code "POST a/b"}, as {@link RetrofitOperations} keys it. */
  private static String key(String route) {
    int space = route.indexOf(' ');
    return RetrofitOperations.key(route.substring(0, space), route.substring(space + 1));
  }

  private static List<Class<?>> services(String invokerPackage) throws ClassNotFoundException {
    File folder = new File("target/classes/" + invokerPackage.replace('.', '/') + "/api");
    File[] files = folder.listFiles((dir, name) -> name.endsWith("Service.class"));
    assertThat(files).as("generated services in " + folder).isNotEmpty();
    List<Class<?>> services = new ArrayList<>();
    for (File file : files) {
      services.add(Class.forName(invokerPackage + ".api." + file.getName().replace(".class", "")));
    }
    return services;
  }

  private static void drain(MockWebServer server) throws InterruptedException {
    while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
      // drop what an earlier call left
    }
  }
}
