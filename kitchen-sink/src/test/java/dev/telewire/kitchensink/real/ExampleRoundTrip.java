package dev.telewire.kitchensink.real;

import com.fasterxml.jackson.databind.JsonNode;
import dev.telewire.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;
import retrofit2.http.Body;
import retrofit2.http.Path;

/**
 * Drives every operation of a corpus spec through its generated Retrofit method against a
 * MockWebServer: each documented 2xx example is served and must read into typed values, and each
 * documented request example is read into the body type and must be written back as documented.
 */
final class ExampleRoundTrip implements AutoCloseable {
  /** What one spec's run found. */
  static final class Report {
    int operations;
    int responsesRead;
    int requestsWritten;
    final List<String> failures = new ArrayList<>();

    @Override
    public String toString() {
      return operations + " operations, " + responsesRead + " response examples read, " + requestsWritten
          + " request examples written, " + failures.size() + " failures";
    }
  }

  private final MockWebServer server = new MockWebServer();
  private final Retrofit retrofit;
  private final Map<String, Method> methods;
  private final Report report = new Report();
  private volatile MockResponse answering = new MockResponse().setResponseCode(204);

  ExampleRoundTrip(String invokerPackage) {
    try {
      server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          return answering;
        }
      });
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    retrofit = new Retrofit.Builder()
        .baseUrl(server.url("/base/"))
        .addConverterFactory(MoshiConverterFactory.create(Json.MOSHI))
        .build();
    methods = RetrofitOperations.of(invokerPackage);
  }

  /** Runs every operation of {@code examples} and returns what was read, written and failed. */
  Report run(DocumentedExamples examples) {
    for (DocumentedExamples.Operation operation : examples.operations()) {
      report.operations++;
      Method method = methods.get(RetrofitOperations.key(operation.method(), operation.path()));
      if (method == null) {
        report.failures.add(operation.label() + ": no generated Retrofit method");
        continue;
      }
      run(operation, method);
    }
    return report;
  }

  private void run(DocumentedExamples.Operation operation, Method method) {
    List<JsonNode> requests = operation.requests().isEmpty() ? java.util.Collections.singletonList(null) : operation.requests();
    boolean streaming = responseType(method) == okhttp3.ResponseBody.class;
    for (JsonNode request : requests) {
      Object[] arguments;
      try {
        arguments = arguments(method, request);
      } catch (RuntimeException | IOException e) {
        report.failures.add(operation.label() + ": the request example does not read: " + e);
        continue;
      }
      if (arguments == null) {
        continue; // a body without a documented example cannot be made up
      }
      boolean responded = false;
      for (Map.Entry<Integer, List<JsonNode>> status : operation.responses().entrySet()) {
        for (JsonNode example : status.getValue()) {
          if (!streaming) {
            call(operation, method, arguments, status.getKey(), example, request);
            responded = true;
            request = null; // written once
          }
        }
      }
      if (!responded && request != null) {
        call(operation, method, arguments, 204, null, request);
      }
    }
  }

  private void call(DocumentedExamples.Operation operation, Method method, Object[] arguments, int status, JsonNode example,
      JsonNode request) {
    MockResponse response = new MockResponse().setResponseCode(status);
    if (example != null) {
      response.setHeader("Content-Type", "application/json").setBody(example.toString());
    }
    answering = response;
    String label = operation.label() + (example == null ? "" : " " + status + " example");
    try {
      if (request != null) {
        int body = bodyIndex(method);
        Object typed = body < 0 ? null : arguments[body];
        Type optional = typed instanceof okhttp3.RequestBody ? optionalBodyType(method) : null;
        if (optional != null) {
          typed = Json.MOSHI.adapter(optional).fromJson(request.toString());
        }
        List<String> untyped = body < 0 ? List.of() : TypedValues.untyped(typed);
        if (!untyped.isEmpty()) {
          report.failures.add(operation.label() + " request example reads untyped: " + untyped);
          return;
        }
      }
      while (server.takeRequest(0, TimeUnit.MILLISECONDS) != null) {
        // drop what an earlier failed call left
      }
      Response<?> answer = ((Call<?>) method.invoke(retrofit.create(method.getDeclaringClass()), arguments)).execute();
      RecordedRequest recorded = server.takeRequest(5, TimeUnit.SECONDS);
      if (!answer.isSuccessful()) {
        report.failures.add(label + ": HTTP " + answer.code());
        return;
      }
      if (example != null) {
        List<String> untyped = TypedValues.untyped(answer.body());
        if (untyped.isEmpty()) {
          report.responsesRead++;
        } else {
          report.failures.add(label + " reads untyped: " + untyped);
        }
      }
      if (request != null && recorded != null) {
        JsonNode written = DocumentedExamples.JSON.readTree(recorded.getBody().readUtf8());
        List<String> differences = new ArrayList<>();
        compare(request, written, "$", differences);
        if (differences.isEmpty()) {
          report.requestsWritten++;
        } else {
          report.failures.add(operation.label() + " writes the request example differently: " + differences);
        }
      }
    } catch (java.lang.reflect.InvocationTargetException e) {
      report.failures.add(label + ": " + e.getCause());
    } catch (ReflectiveOperationException | IOException | InterruptedException | RuntimeException e) {
      report.failures.add(label + ": " + e);
    }
  }

  /** Arguments for {@code method}: path values made up, the body read from the example, the rest null. */
  private static Object[] arguments(Method method, JsonNode request) throws IOException {
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Path) {
          arguments[i] = pathValue(types[i]);
        } else if (annotation instanceof Body) {
          Type optional = types[i] == okhttp3.RequestBody.class && request != null ? optionalBodyType(method) : null;
          if (optional != null) {
            // An optional body: the default method encodes the typed body, so do what it does.
            Object typed = Json.MOSHI.adapter(optional).fromJson(request.toString());
            arguments[i] = okhttp3.RequestBody.create(Json.MOSHI.adapter(optional).toJson(typed),
                okhttp3.MediaType.get("application/json; charset=UTF-8"));
          } else if (types[i] == okhttp3.RequestBody.class) {
            arguments[i] = okhttp3.RequestBody.create(new byte[0], null);
          } else if (request != null) {
            arguments[i] = Json.MOSHI.adapter(types[i]).fromJson(request.toString());
          } else {
            try {
              arguments[i] = Json.MOSHI.adapter(types[i]).fromJson("{}");
            } catch (RuntimeException | IOException e) {
              return null;
            }
          }
        }
      }
    }
    return arguments;
  }

  /**
   * The typed body of the default method an optional body's {@code <name>Encoded} method stands
   * for: the one parameter type the default method has beyond the encoded method's; null if none.
   */
  private static Type optionalBodyType(Method encoded) {
    if (!encoded.getName().endsWith("Encoded")) {
      return null;
    }
    String name = encoded.getName().substring(0, encoded.getName().length() - "Encoded".length());
    for (Method candidate : encoded.getDeclaringClass().getMethods()) {
      if (candidate.isDefault() && candidate.getName().equals(name)) {
        List<Type> extra = new ArrayList<>(List.of(candidate.getGenericParameterTypes()));
        for (Type type : encoded.getGenericParameterTypes()) {
          extra.remove(type);
        }
        if (extra.size() == 1) {
          return extra.get(0);
        }
      }
    }
    return null;
  }

  private static int bodyIndex(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof Body) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Object pathValue(Type type) {
    if (type == Long.class) {
      return 1L;
    }
    if (type == Integer.class) {
      return 1;
    }
    if (type == Boolean.class) {
      return true;
    }
    if (type == java.util.UUID.class) {
      return java.util.UUID.fromString("00000000-0000-0000-0000-000000000001");
    }
    if (type instanceof Class<?> c && c.isEnum()) {
      return c.getEnumConstants()[0];
    }
    if (type == BigDecimal.class) {
      return BigDecimal.ONE;
    }
    return "x1";
  }

  private static Type responseType(Method method) {
    return method.getGenericReturnType() instanceof ParameterizedType call ? call.getActualTypeArguments()[0] : Void.class;
  }

  /** Records where {@code written} lacks or changes what {@code expected} documents. */
  static void compare(JsonNode expected, JsonNode written, String where, List<String> differences) {
    if (expected.isNumber() && written.isNumber()) {
      if (expected.decimalValue().compareTo(written.decimalValue()) != 0) {
        differences.add(where + ": " + written + " instead of " + expected);
      }
    } else if (expected.isTextual() && written.isTextual()) {
      if (!expected.asText().equals(written.asText()) && !sameInstant(expected.asText(), written.asText())) {
        differences.add(where + ": " + written + " instead of " + expected);
      }
    } else if (expected.isObject() && written.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = written.get(field.getKey());
        if (value == null) {
          if (!field.getValue().isNull()) {
            differences.add(where + "." + field.getKey() + " is not written");
          }
        } else {
          compare(field.getValue(), value, where + "." + field.getKey(), differences);
        }
      }
    } else if (expected.isArray() && written.isArray() && expected.size() == written.size()) {
      for (int i = 0; i < expected.size(); i++) {
        compare(expected.get(i), written.get(i), where + "[" + i + "]", differences);
      }
    } else if (!expected.equals(written)) {
      differences.add(where + ": " + written + " instead of " + expected);
    }
  }

  private static boolean sameInstant(String a, String b) {
    try {
      return OffsetDateTime.parse(a).isEqual(OffsetDateTime.parse(b));
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
