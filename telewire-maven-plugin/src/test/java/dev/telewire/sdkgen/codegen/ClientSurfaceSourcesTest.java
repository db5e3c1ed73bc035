package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated client surface: one service per tag, lazy adapters, Javadoc from the spec, clean imports. */
class ClientSurfaceSourcesTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Acme API
        version: '1'
        x-telewire-client: {name: AcmeClient, idempotencyHeader: Idem-Key}
      servers: [{url: 'https://api.acme.test'}]
      security: [{key: []}]
      paths:
        /things:
          get:
            tags: [Things]
            operationId: listThings
            summary: 'Lists <things> & stops */ here'
            responses:
              '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}
          post:
            tags: [Things]
            operationId: makeThing
            requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
            responses: {'204': {description: made}}
        /sprockets/{id}:
          get:
            tags: [Sprockets]
            operationId: getSprocket
            parameters: [{name: id, in: path, required: true, schema: {type: string}, description: 'The <b>id</b>'}]
            responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Key}
        schemas:
          Thing:
            type: object
            properties:
              name: {type: string}
      """;

  @TempDir
  Path dir;

  private Path generate(String spec) throws IOException {
    return Generation.generate(dir, spec, "dev.telewire.acme");
  }

  private static String read(Path out, String fileName) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return Files.readString(files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst().orElseThrow());
    }
  }

  @Test
  void eachTagGetsASyncAndAnAsyncService() throws IOException {
    Path out = generate(SPEC);

    assertThat(read(out, "ThingsService.java")).contains("public final class ThingsService", "makeThing(Thing thing)");
    assertThat(read(out, "SprocketsServiceAsync.java")).contains("public CompletableFuture<Thing> getSprocket(String id)");
  }

  @Test
  void clientHasAnAccessorPerTagAndNoOperationMethods() throws IOException {
    String client = read(generate(SPEC), "AcmeClient.java");

    assertThat(client).contains("public ThingsService things()", "public SprocketsService sprockets()")
        .doesNotContain("listThings", "getSprocket");
  }

  @Test
  void noAdapterIsCreatedWhenTheClassLoads() throws IOException {
    Path out = generate(SPEC);

    for (String file : List.of("AcmeClient.java", "ThingsService.java", "SprocketsService.java")) {
      assertThat(read(out, file)).doesNotContainPattern("static final JsonAdapter|static \\{[^}]*adapter");
    }
  }

  @Test
  void serviceOfAnOperationReturningAListImportsMoshiTypes() throws IOException {
    assertThat(read(generate(SPEC), "ThingsService.java")).contains("import com.squareup.moshi.Types;");
  }

  @Test
  void declaredIdempotencyHeaderReachesTheClient() throws IOException {
    assertThat(read(generate(SPEC), "AcmeClient.java")).contains("IDEMPOTENCY_HEADER = \"Idem-Key\";");
  }

  @Test
  void idempotencyHeaderThatIsNoHeaderNameStopsGeneration() {
    Throwable thrown = catchThrowable(() -> generate(SPEC.replace("idempotencyHeader: Idem-Key", "idempotencyHeader: 'Idem Key'")));

    assertThat(Generation.rootCause(thrown)).hasMessageContaining("idempotency header name 'Idem Key'");
  }

  @Test
  void serviceJavadocEscapesHtmlAndCommentEnd() throws IOException {
    String service = read(generate(SPEC), "ThingsService.java");

    assertThat(service).contains("Lists &lt;things&gt; &amp; stops").doesNotContain("stops */ here");
  }

  @Test
  void parameterDescriptionBecomesItsParamTag() throws IOException {
    assertThat(read(generate(SPEC), "SprocketsService.java")).contains("@param id The &lt;b&gt;id&lt;/b&gt;");
  }

  @Test
  void clientApiAndServiceFilesImportNothingUnusedAndNoWildcard() throws IOException {
    Path out = generate(SPEC);
    List<String> unused = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/model/")).toList()) {
        unused.addAll(unusedImports(file));
      }
    }

    assertThat(unused).isEmpty();
  }

  @Test
  void clientSurfaceTemplateLinesStayReadable() throws IOException {
    List<String> longLines = new ArrayList<>();
    for (String template : List.of("client", "service", "service_async", "service_doc", "api", "api_info", "api_parameters")) {
      List<String> lines = Files.readAllLines(Path.of("../generated-client/src/main/templates", template + ".mustache"));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).length() > 150) {
          longLines.add(template + ":" + (i + 1));
        }
      }
    }

    assertThat(longLines).isEmpty();
  }

  private static List<String> unusedImports(Path file) throws IOException {
    String text = Files.readString(file);
    String body = text.replaceAll("(?m)^import .*$", "");
    List<String> unused = new ArrayList<>();
    Matcher imports = Pattern.compile("(?m)^import (?:static )?([\\w.]+(?:\\.\\*)?);").matcher(text);
    while (imports.find()) {
      String name = imports.group(1);
      String simple = name.substring(name.lastIndexOf('.') + 1);
      if (simple.equals("*") || !Pattern.compile("\\b" + Pattern.quote(simple) + "\\b").matcher(body).find()) {
        unused.add(file.getFileName() + ": " + name);
      }
    }
    return unused;
  }
}
