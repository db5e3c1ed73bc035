package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code x-telewire-success-flag} on a 2xx response makes the client check that boolean body property. */
class SuccessFlagTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Flagged API
        version: '1'
        x-telewire-client: {name: FlaggedClient}
      security: [{key: []}]
      paths:
        /things:
          post:
            operationId: makeThing
            responses:
              '%s':
                description: done
                x-telewire-success-flag: %s
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Outcome'}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Key}
        schemas:
          Outcome:
            type: object
            properties:
              ok: {type: boolean}
              message: {type: string}
      """;

  @TempDir
  Path dir;

  private String generateClient(String status, String flag) throws IOException {
    Path out = Generation.generate(dir, SPEC.formatted(status, flag), "dev.telewire.flagged");
    try (var files = Files.walk(out)) {
      Path client = files.filter(p -> p.getFileName().toString().equals("DefaultService.java")).findFirst().orElseThrow();
      return Files.readString(client);
    }
  }

  @Test
  void flaggedOperationPassesTheAccessorAndFieldToTheService() throws Exception {
    String client = generateClient("200", "ok");

    assertThat(client).contains("Outcome::ok, \"ok\")");
  }

  @Test
  void flagThatIsNotABooleanPropertyStopsGenerationNamingIt() {
    Throwable thrown = catchThrowable(() -> generateClient("200", "message"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("operation makeThing, response 200")
        .hasMessageContaining("'message'");
  }

  @Test
  void flagOnAnErrorResponseStopsGeneration() {
    Throwable thrown = catchThrowable(() -> generateClient("400", "ok"));

    assertThat(Generation.rootCause(thrown))
        .isInstanceOf(UnsupportedConstructException.class)
        .hasMessageContaining("not a success");
  }

  private static final String VENDOR_WIDE = """
      openapi: 3.0.3
      info:
        title: Flagged API
        version: '1'
        x-telewire-client: {name: FlaggedClient, successFlag: ok}
      security: [{key: []}]
      paths:
        /things:
          post:
            operationId: makeThing
            responses:
              '200':
                description: made
                %s
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Outcome'}
        /later:
          post:
            operationId: queueThing
            responses:
              '200': {description: accepted}
              '201':
                description: made at once
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Outcome'}
        /others:
          get:
            operationId: listOthers
            responses:
              '200':
                description: listed
                content:
                  application/json:
                    schema: {type: object, properties: {count: {type: integer}}}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Key}
        schemas:
          Outcome:
            type: object
            properties:
              ok: {type: boolean}
              done: {type: boolean}
      """;

  private String generateVendorWide(String responseExtension) throws IOException {
    Path out = Generation.generate(dir, VENDOR_WIDE.formatted(responseExtension), "dev.telewire.flagged");
    try (var files = Files.walk(out)) {
      Path client = files.filter(p -> p.getFileName().toString().equals("DefaultService.java")).findFirst().orElseThrow();
      return Files.readString(client);
    }
  }

  @Test
  void clientSuccessFlagAppliesToEvery2xxBodyWithThatBooleanProperty() throws Exception {
    String client = generateVendorWide("");

    assertThat(client).contains("Outcome::ok, \"ok\")").doesNotContain("ListOthersResponse::");
  }

  @Test
  void responseFlagOverridesTheClientFlag() throws Exception {
    String client = generateVendorWide("x-telewire-success-flag: done");

    // makeThing's 200 names its own flag; queueThing's 201 still gets the client's.
    int start = client.indexOf("> makeThingCall(");
    String prepare = client.substring(start, client.indexOf("\n  }", start));
    assertThat(prepare).contains("Outcome::done, \"done\")").doesNotContain("Outcome::ok");
  }

  @Test
  void clientFlagIgnoresAnEmpty200NextToAFlagged201() {
    assertThatCode(() -> generateVendorWide("")).doesNotThrowAnyException();
  }

  @Test
  void flagOnAnEmpty2xxIsRejectedSayingItHasNoBody() {
    String spec = VENDOR_WIDE.formatted("").replace("'200': {description: accepted}",
        "'200': {description: accepted, x-telewire-success-flag: ok}");
    Throwable thrown = catchThrowable(() -> Generation.generate(dir, spec, "dev.telewire.flagged"));

    assertThat(Generation.rootCause(thrown))
        .hasMessageContaining("operation queueThing, response 200")
        .hasMessageContaining("has no JSON object body");
  }

  @Test
  void badFlagProblemSuggestsRemovingTheFlag() {
    String spec = VENDOR_WIDE.formatted("").replace("'200': {description: accepted}",
        "'200': {description: accepted, x-telewire-success-flag: ok}");

    List<Problem> problems = GeneratedApi.of(dev.telewire.sdkgen.SpecDocuments.parse(spec)).problems();

    assertThat(problems).singleElement().satisfies(problem -> {
      assertThat(problem.pointer()).isEqualTo("/paths/~1later/post/responses/200");
      assertThat(problem.action()).contains("target: $.paths['/later'].post.responses['200']['x-telewire-success-flag']");
    });
    String overlay = "overlay: 1.0.0\nactions:\n" + problems.get(0).action();
    var fixed = dev.telewire.sdkgen.overlay.OverlayApplier.apply(dev.telewire.sdkgen.SpecDocuments.parse(spec),
        dev.telewire.sdkgen.overlay.Overlay.from(dev.telewire.sdkgen.SpecDocuments.parse(overlay)));
    assertThat(GeneratedApi.of(fixed).problems()).isEmpty();
  }
}
