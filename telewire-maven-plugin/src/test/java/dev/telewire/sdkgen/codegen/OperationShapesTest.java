package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Operations that cannot be sent as declared stop generation with a message naming the operation. */
class OperationShapesTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Tiny, version: '1'}
      paths:
        /things:
          %s:
            operationId: findThings
            requestBody:
              required: %s
              content:
                application/json:
                  schema: {type: object, properties: {q: {type: string}}}
            responses:
              '200':
                description: ok
      """;

  private static final String CLASHING = """
      openapi: 3.0.3
      info: {title: Tiny, version: '1'}
      security: [{key: []}]
      paths:
        /things:
          get:
            operationId: findThings
            parameters:
              - {name: %s, in: %s, schema: {type: string}}
            responses:
              '200':
                description: ok
      components:
        securitySchemes:
          key: {type: apiKey, in: %s, name: %s}
      """;

  @TempDir
  Path dir;

  private String api(String spec) throws Exception {
    Path out = Generation.generate(dir, spec, "dev.telewire.tiny");
    return Files.readString(out.resolve("src/main/java/dev/telewire/tiny/api/DefaultApi.java"));
  }

  private String failure(String method, boolean required) {
    return failure(SPEC.formatted(method, required));
  }

  private String failure(String spec) {
    try {
      Generation.generate(dir, spec, "dev.telewire.tiny");
    } catch (Exception e) {
      Throwable cause = Generation.rootCause(e);
      assertThat(cause).isInstanceOf(UnsupportedConstructException.class);
      return cause.getMessage();
    }
    throw new AssertionError("generation succeeded");
  }

  @Test
  void getWithARequestBodyIsRejectedNamingTheOperation() {
    assertThat(failure("get", true))
        .contains("Telewire cannot generate operation findThings (GET /things): a request body on GET is not supported.");
  }

  @Test
  void headWithAnOptionalRequestBodyIsRejectedNamingTheOperation() {
    assertThat(failure("head", false))
        .contains("Telewire cannot generate operation findThings (HEAD /things): a request body on HEAD is not supported.");
  }

  @Test
  void queryParameterNamedLikeTheQueryCredentialGetsADistinctJavaName() throws Exception {
    assertThat(api(CLASHING.formatted("token", "query", "query", "token"))).contains("@Query(\"token\") String queryToken");
  }

  @Test
  void headerParameterNamedLikeTheHeaderCredentialGetsADistinctJavaName() throws Exception {
    assertThat(api(CLASHING.formatted("X-Key", "header", "header", "x-key"))).contains("@Header(\"X-Key\") String headerXKey");
  }

  @Test
  void parameterNamedLikeACredentialElsewhereKeepsItsName() throws Exception {
    assertThat(api(CLASHING.formatted("token", "header", "query", "token"))).contains("@Header(\"token\") String token");
  }

  @Test
  void postWithARequestBodyGenerates() throws Exception {
    Path out = Generation.generate(dir, SPEC.formatted("post", true), "dev.telewire.tiny");

    assertThat(out.resolve("src/main/java/dev/telewire/tiny/api/DefaultApi.java")).content().contains("@POST(\"things\")");
  }

  private static final String NAMED = """
      openapi: 3.0.3
      info: {title: Tiny, version: '1'}
      paths:
        /things:
          get:
            operationId: findThings
            parameters:
              - {name: org_name, in: query, schema: {type: string}, x-telewire-name: %s}
              - {name: orgName, in: query, schema: {type: string}}
            responses:
              '200':
                description: ok
      """;

  @Test
  void anOverlayNamesAParameterWithXTelewireName() throws Exception {
    String api = api(NAMED.formatted("legacyOrganisation"));

    assertThat(api).contains("@Query(\"org_name\") String legacyOrganisation")
        .contains("@Query(\"orgName\") String orgName");
  }

  @Test
  void aParameterNameThatIsNoJavaIdentifierIsRefusedNamingIt() {
    assertThat(failure(NAMED.formatted("'class'")))
        .contains("parameter 'org_name' of")
        .contains("x-telewire-name 'class'");
  }
}
