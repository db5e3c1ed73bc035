package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.telewire.sdkgen.SpecDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Retrofit methods, default methods and response adapters generated for operations Retrofit
 * cannot take as declared: joined arrays, cookies, forms, multipart bodies, raw and optional bodies,
 * non-JSON responses and bodies on DELETE or OPTIONS, read from the interface and service generated
 * for one spec; and the parameters and methods the codegen refuses, each with its reason.
 *
 * <p>Equivalent mutants in {@link Operations}: line 234 {@code semicolon >= 0} vs {@code > 0}: a
 * media type starting with ';' is no JSON type either way.
 */
class OperationSignaturesTest {
  private static final String SPEC = """
      openapi: 3.0.3
      info:
        title: Tiny
        version: '1'
        x-telewire-client: {name: TinyClient}
      servers: [{url: 'https://api.tiny.test'}]
      security: [{key: []}]
      paths:
        /things:
          get:
            tags: [Things]
            operationId: listThings
            parameters:
              - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
              - {name: words, in: query, style: spaceDelimited, explode: true, schema: {type: array, items: {type: string}}}
              - {name: pipes, in: query, style: pipeDelimited, explode: true, schema: {type: array, items: {type: string}}}
              - {name: tags, in: query, schema: {type: array, items: {type: string}}}
              - {name: X-Tags, in: header, schema: {type: array, items: {type: string}}}
              - {name: session, in: cookie, schema: {type: string}}
              - {name: theme, in: cookie, schema: {type: string}}
            responses:
              '200': {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Thing'}}}}}
          post:
            tags: [Things]
            operationId: createThing
            requestBody:
              content:
                application/merge-patch+json:
                  schema: {$ref: '#/components/schemas/Thing'}
            responses:
              '201': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
              '204': {description: empty}
          delete:
            tags: [Things]
            operationId: deleteThings
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Thing'}
            responses:
              '204': {description: empty}
          options:
            tags: [Things]
            operationId: probeThings
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Thing'}
            responses:
              '200': {description: ok, content: {'application/json; charset=utf-8': {schema: {$ref: '#/components/schemas/Thing'}}}}
        /things/{thingId}:
          delete:
            tags: [Things]
            operationId: deleteThing
            parameters:
              - {name: thingId, in: path, required: true, schema: {type: string}}
            responses:
              '200': {description: ok, content: {text/json: {schema: {$ref: '#/components/schemas/Thing'}}}}
        /things/{thingId}/report:
          get:
            tags: [Things]
            operationId: getReport
            parameters:
              - {name: thingId, in: path, required: true, schema: {type: array, items: {type: string}}}
            responses:
              '200': {description: ok, content: {text/csv: {schema: {type: string}}}}
        /things/raw:
          put:
            tags: [Things]
            operationId: putRaw
            requestBody:
              required: true
              content:
                application/octet-stream:
                  schema: {type: string, format: binary}
            responses:
              '200': {description: ok, content: {application/octet-stream: {schema: {type: string, format: binary}}}}
          patch:
            tags: [Things]
            operationId: patchRaw
            requestBody:
              content:
                text/plain:
                  schema: {type: string}
            responses:
              '200': {description: ok, content: {'*/*': {schema: {$ref: '#/components/schemas/Thing'}}}}
        /things/form:
          post:
            tags: [Things]
            operationId: postForm
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema: {type: object, properties: {name: {type: string}, count: {type: integer}}}
            responses:
              '204': {description: empty}
        /things/upload:
          post:
            tags: [Things]
            operationId: upload
            requestBody:
              required: true
              content:
                multipart/form-data:
                  schema:
                    type: object
                    properties:
                      file: {type: string, format: binary}
                      files: {type: array, items: {type: string, format: binary}}
                      meta: {$ref: '#/components/schemas/Thing'}
                      note: {type: string}
            responses:
              '204': {description: empty}
          put:
            tags: [Things]
            operationId: replaceUpload
            requestBody:
              content:
                multipart/form-data:
                  schema: {type: object, properties: {note: {type: string}}}
            responses:
              '204': {description: empty}
      components:
        securitySchemes:
          key: {type: apiKey, in: header, name: X-Key}
        schemas:
          Thing:
            type: object
            properties:
              id: {type: string}
      """;

  private static final String REFUSED = """
      openapi: 3.0.3
      info: {title: Refused, version: '1'}
      paths:
        /trace:
          trace:
            operationId: traceThings
            responses: {'200': {description: ok}}
        /cookie:
          get:
            operationId: objectCookie
            parameters:
              - {name: prefs, in: cookie, schema: {type: object, properties: {a: {type: string}}}}
            responses: {'200': {description: ok}}
        /byte:
          get:
            operationId: byteQuery
            parameters:
              - {name: cursor, in: query, schema: {type: string, format: byte}}
            responses: {'200': {description: ok}}
        /dotted/{thing.id}:
          get:
            operationId: dottedPath
            parameters:
              - {name: thing.id, in: path, required: true, schema: {type: string}}
            responses: {'200': {description: ok}}
        /nested:
          get:
            operationId: nestedArray
            parameters:
              - {name: grid, in: query, schema: {type: array, items: {type: array, items: {type: string}}}}
            responses: {'200': {description: ok}}
        /form:
          post:
            operationId: objectField
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema:
                    type: object
                    properties:
                      meta: {type: object, properties: {a: {type: string}}}
            responses: {'204': {description: ok}}
      """;

  // Each test generates anew: PIT credits code run in a @BeforeAll to one test only.
  @TempDir Path dir;
  private String api;
  private String service;
  private List<String> refused;

  @BeforeEach
  void generate() throws IOException {
    Path out = Generation.generate(dir, SPEC, "dev.telewire.tiny");
    api = Files.readString(out.resolve("src/main/java/dev/telewire/tiny/api/ThingsApi.java"));
    service = Files.readString(out.resolve("src/main/java/dev/telewire/tiny/api/ThingsService.java"));
    refused = GeneratedApi.of(SpecDocuments.parse(REFUSED)).problems().stream().map(Problem::message).toList();
  }

  @Test
  void nonExplodedQueryArrayIsJoinedWithCommas() {
    assertThat(api).contains("ApiParameters.join(ids, \",\")", "@Query(\"ids\") String ids,");
  }

  @Test
  void spaceDelimitedQueryArrayIsJoinedWithSpacesEvenWhenExploded() {
    assertThat(api).contains("ApiParameters.join(words, \" \")", "@Query(\"words\") String words,");
  }

  @Test
  void pipeDelimitedQueryArrayIsJoinedWithPipesEvenWhenExploded() {
    assertThat(api).contains("ApiParameters.join(pipes, \"|\")", "@Query(\"pipes\") String pipes,");
  }

  @Test
  void explodedQueryArrayIsRepeatedByRetrofit() {
    assertThat(api).contains("@Query(\"tags\") List<String> tags,", ", tags, ");
  }

  @Test
  void headerArrayIsJoinedWithCommas() {
    assertThat(api).contains("ApiParameters.join(xTags, \",\")", "@Header(\"X-Tags\") String xTags,");
  }

  @Test
  void pathArrayIsJoinedWithCommas() {
    assertThat(api).contains("return getReportEncoded(ApiParameters.join(thingId, \",\"));",
        "@Path(\"thingId\") String thingId);");
  }

  @Test
  void cookiesTravelTogetherInOneCookieHeader() {
    assertThat(api).contains("ApiParameters.cookies(\"session\", session, \"theme\", theme));",
        "@Header(\"Cookie\") String cookie);",
        "      String session,\n      String theme) {");
  }

  @Test
  void optionalJsonBodyIsEncodedByTheDefaultMethod() {
    assertThat(api).contains("return createThingEncoded(ApiParameters.json(thing, Thing.class));",
        "retrofit2.Call<Thing> createThingEncoded(\n      @Body okhttp3.RequestBody thing);");
  }

  @Test
  void requiredJsonBodyIsTheModelItself() {
    assertThat(api).contains("retrofit2.Call<Void> deleteThings(\n      @Body Thing thing);");
  }

  @Test
  void optionalRawBodyIsSentEmptyWhenAbsent() {
    assertThat(api).contains("default retrofit2.Call<Thing> patchRaw(\n      okhttp3.RequestBody body) {",
        "return patchRawEncoded(ApiParameters.orEmpty(body));");
  }

  @Test
  void requiredRawBodyIsAnOkHttpBodyWithoutDefaultMethod() {
    assertThat(api).contains("retrofit2.Call<okhttp3.ResponseBody> putRaw(\n      @Body okhttp3.RequestBody body);")
        .doesNotContain("putRawEncoded");
  }

  @Test
  void binaryResponseIsStreamed() {
    assertThat(api).contains("@Streaming\n  @PUT(\"things/raw\")");
  }

  @Test
  void nonJsonResponseIsStreamedAsTheRawBody() {
    assertThat(api).contains("@Streaming\n  @GET(\"things/{thingId}/report\")\n  retrofit2.Call<okhttp3.ResponseBody> getReportEncoded(");
  }

  @Test
  void jsonResponsesUnderOtherMediaTypesAreTyped() {
    assertThat(api).contains("  @HTTP(method = \"OPTIONS\", path = \"things\", hasBody = true)\n  retrofit2.Call<Thing> probeThings(",
        "  @DELETE(\"things/{thingId}\")\n  retrofit2.Call<Thing> deleteThing(",
        "  @PATCH(\"things/raw\")\n  retrofit2.Call<Thing> patchRawEncoded(");
  }

  @Test
  void streamedResponseHasNoServiceAdapter() {
    assertThat(service).doesNotContain("getReportAdapter", "putRawAdapter").contains("probeThingsAdapter");
  }

  @Test
  void responseThatMayBeEmptyIsMarkedAndItsAdapterAllowsIt() {
    assertThat(api).contains("@dev.telewire.internal.Generated.EmptyBodyAllowed\n  @POST(\"things\")");
    assertThat(service).contains("dev.telewire.internal.Generated.emptyBodyAllowed(dev.telewire.internal.Generated.adapter(Thing.class))");
  }

  @Test
  void responseThatIsNeverEmptyIsNotMarked() {
    assertThat(api).doesNotContain("EmptyBodyAllowed\n  @HTTP(").doesNotContain("EmptyBodyAllowed\n  @DELETE(");
  }

  @Test
  void bodyOnDeleteOrOptionsIsDeclaredWithHttpAndHasBody() {
    assertThat(api).contains("@HTTP(method = \"DELETE\", path = \"things\", hasBody = true)\n  retrofit2.Call<Void> deleteThings(",
        "@HTTP(method = \"OPTIONS\", path = \"things\", hasBody = true)");
  }

  @Test
  void urlEncodedFormHasOneFieldPerProperty() {
    assertThat(api).contains("@FormUrlEncoded\n  @POST(\"things/form\")\n  retrofit2.Call<Void> postForm(\n"
        + "      @Field(\"name\") String name,\n      @Field(\"count\") Long count);");
  }

  @Test
  void multipartFormIsOneBodyOfFilesJsonAndTextParts() {
    assertThat(api).contains("      okhttp3.RequestBody file,\n      List<okhttp3.RequestBody> files,\n      Thing meta,\n      String note) {",
        "return uploadEncoded(ApiParameters.multipart(true, \"file\", file, \"files\", files, "
            + "\"meta\", ApiParameters.jsonPart(meta, Thing.class), \"note\", note));",
        "  @POST(\"things/upload\")\n  retrofit2.Call<Void> uploadEncoded(\n      @Body okhttp3.RequestBody form);")
        .doesNotContain("@FormUrlEncoded\n  @POST(\"things/upload\")");
  }

  @Test
  void optionalMultipartFormMayBeSentWithoutParts() {
    assertThat(api).contains("return replaceUploadEncoded(ApiParameters.multipart(false, \"note\", note));");
  }

  @Test
  void traceIsRefused() {
    assertThat(refused).anySatisfy(message -> assertThat(message).contains("traceThings").contains("the HTTP method TRACE"));
  }

  @Test
  void objectCookieIsRefused() {
    assertThat(refused).anySatisfy(message -> assertThat(message).contains("parameter 'prefs'").contains("an object or map parameter"));
  }

  @Test
  void base64QueryParameterIsRefused() {
    assertThat(refused).anySatisfy(message -> assertThat(message).contains("parameter 'cursor'").contains("a base64 string"));
  }

  @Test
  void pathParameterNameRetrofitCannotMatchIsRefused() {
    assertThat(refused).anySatisfy(message -> assertThat(message).contains("parameter 'thing.id'")
        .contains("a path parameter name Retrofit cannot match"));
  }

  @Test
  void arrayOfArraysParameterIsRefused() {
    assertThat(refused).anySatisfy(message -> assertThat(message).contains("parameter 'grid'")
        .contains("an array parameter of objects or arrays"));
  }

  @Test
  void urlEncodedObjectFieldIsRefused() {
    assertThat(refused).anySatisfy(message -> assertThat(message).contains("parameter 'meta'")
        .contains("a url-encoded form field holding an object"));
  }
}
