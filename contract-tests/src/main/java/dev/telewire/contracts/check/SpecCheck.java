package dev.telewire.contracts.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks recorded Pact interactions against one provider's OpenAPI spec (3.0 or 3.1): the request's
 * path under the server's base path, method, query, headers, credential and body, and the
 * response's status, headers and body. Bodies and parameters are checked against the spec's JSON
 * schemas with the spec's own dialect; what the pact records is the example the consumer expects.
 */
public final class SpecCheck {
  private final String name;
  private final OpenAPI openApi;
  private final JsonNode tree;
  private final List<String> basePaths;
  private final List<PathTemplate> paths;
  private final SchemaValidator schemas;
  private final Security security;
  private final SchemaWalk walk;

  private SpecCheck(String name, OpenAPI openApi, JsonNode tree, SchemaValidator schemas) {
    this.name = name;
    this.openApi = openApi;
    this.tree = tree;
    this.basePaths = basePaths(openApi.getServers());
    this.paths = openApi.getPaths() == null ? List.of() : openApi.getPaths().keySet().stream()
        .map(PathTemplate::new)
        .sorted(Comparator.comparingInt(PathTemplate::variableCount))
        .toList();
    this.schemas = schemas;
    this.security = new Security(openApi);
    this.walk = new SchemaWalk(tree);
  }

  /** Reads the spec at {@code file}. */
  public static SpecCheck load(Path file) {
    try {
      return parse(file.toString(), Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read spec " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads a spec from its YAML or JSON text; {@code name} names it in errors. */
  public static SpecCheck parse(String name, String text) {
    ParseOptions options = new ParseOptions();
    options.setResolveFully(true); // Responses, parameters and bodies given by $ref come back inlined.
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    if (result.getOpenAPI() == null || result.getOpenAPI().getPaths() == null) {
      throw new IllegalArgumentException(name + " is not an OpenAPI 3 document: " + result.getMessages());
    }
    JsonNode tree;
    try {
      tree = new YAMLMapper().readTree(text);
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " does not parse: " + e.getMessage(), e);
    }
    boolean openApi31 = tree.path("openapi").asText("").startsWith("3.1");
    return new SpecCheck(name, result.getOpenAPI(), tree, new SchemaValidator(text, openApi31));
  }

  /** Every way {@code interaction} disagrees with the spec; empty when it agrees. */
  public List<Violation> check(Interaction interaction) {
    Report report = new Report(interaction.description());
    RecordedRequest request = interaction.request();
    Optional<String> relative = underBasePath(request.path());
    if (relative.isEmpty()) {
      report.add(Rule.PATH, "path " + request.path() + " is not under the server base path " + basePaths);
      return report.violations();
    }
    Optional<PathTemplate> template = paths.stream().filter(t -> t.match(relative.get()).isPresent()).findFirst();
    if (template.isEmpty()) {
      report.add(Rule.PATH, "no path of the spec matches " + relative.get() + " (from " + request.path() + ")");
      return report.violations();
    }
    PathItem item = openApi.getPaths().get(template.get().key());
    Operation operation = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(request.method()));
    if (operation == null) {
      report.add(Rule.METHOD, template.get().key() + " has no " + request.method() + " operation; it has "
          + item.readOperationsMap().keySet());
      return report.violations();
    }
    String pathAt = "/paths/" + escape(template.get().key());
    String at = pathAt + "/" + request.method().toLowerCase(Locale.ROOT);
    String where = request.method() + " " + template.get().key();
    Map<String, String> pathValues = template.get().match(relative.get()).orElseThrow();
    checkParameters(report, item, operation, pathAt, at, pathValues, request);
    security.check(report, operation, request);
    checkRequestBody(report, operation.getRequestBody(), at + "/requestBody", where, request);
    checkResponse(report, operation, at, where, interaction.response());
    return report.violations();
  }

  /** Every violation of every interaction in {@code pact}, in file order. */
  public List<Violation> check(PactFile pact) {
    List<Violation> violations = new ArrayList<>();
    pact.interactions().forEach(interaction -> violations.addAll(check(interaction)));
    return violations;
  }

  private void checkParameters(
      Report report,
      PathItem item,
      Operation operation,
      String pathAt,
      String at,
      Map<String, String> pathValues,
      RecordedRequest request) {
    Map<String, Parameter> declared = new LinkedHashMap<>();
    Map<String, String> pointers = new LinkedHashMap<>();
    collect(pathAt + "/parameters", declared, pointers);
    collect(at + "/parameters", declared, pointers);
    Set<String> credentialsInQuery = security.queryCredentialNames(operation);
    Map<String, String> cookies = Cookies.parse(request.headers().get("Cookie"));
    for (String name : request.query().keySet()) {
      if (!declared.containsKey("query:" + name) && !credentialsInQuery.contains(name)) {
        report.add(Rule.QUERY, "query parameter '" + name + "' is not declared");
      }
    }
    for (Map.Entry<String, Parameter> entry : declared.entrySet()) {
      Parameter parameter = entry.getValue();
      String schema = pointers.get(entry.getKey()) + "/schema";
      switch (parameter.getIn()) {
        case "query" -> {
          List<String> values = request.query().get(parameter.getName());
          if (values == null) {
            requireIfRequired(report, Rule.QUERY, parameter, "query parameter");
          } else {
            values.forEach(value -> validateText(report, Rule.QUERY, "query parameter '" + parameter.getName() + "'", schema, value));
            compareRegexes(report, Rule.QUERY, "query parameter '" + parameter.getName() + "'", schema,
                request.matchers().regexes("query", parameter.getName()));
          }
        }
        case "header" -> {
          String value = request.headers().get(parameter.getName());
          if (value == null) {
            requireIfRequired(report, Rule.HEADER, parameter, "header");
          } else {
            validateText(report, Rule.HEADER, "header '" + parameter.getName() + "'", schema, value);
            compareRegexes(report, Rule.HEADER, "header '" + parameter.getName() + "'", schema,
                request.matchers().regexes("header", parameter.getName()));
          }
        }
        case "path" -> {
          String value = pathValues.get(parameter.getName());
          if (value != null) {
            validateText(report, Rule.PATH, "path parameter '" + parameter.getName() + "'", schema, value);
          }
        }
        case "cookie" -> {
          String value = cookies.get(parameter.getName());
          if (value == null) {
            requireIfRequired(report, Rule.COOKIE, parameter, "cookie");
          } else {
            validateText(report, Rule.COOKIE, "cookie '" + parameter.getName() + "'", schema, value);
          }
        }
        default -> report.add(Rule.HEADER, "parameter '" + parameter.getName() + "' is in '" + parameter.getIn()
            + "', which OpenAPI does not define");
      }
    }
    Set<String> credentialCookies = security.cookieCredentialNames(operation);
    for (String name : cookies.keySet()) {
      if (!declared.containsKey("cookie:" + name) && !credentialCookies.contains(name)) {
        report.add(Rule.COOKIE, "cookie '" + name + "' is not declared");
      }
    }
  }

  /**
   * Reads the parameters at {@code at} from the document itself: the parsed model copies path-level
   * parameters into each operation, so its list indexes are not the document's.
   */
  private void collect(String at, Map<String, Parameter> declared, Map<String, String> pointers) {
    int index = 0;
    for (JsonNode ignored : tree.at(at)) {
      String pointer = resolve(at + "/" + index++);
      JsonNode node = tree.at(pointer);
      Parameter parameter = new Parameter()
          .in(node.path("in").asText())
          .name(node.path("name").asText())
          .required(node.path("required").asBoolean(false));
      String key = parameter.getIn() + ":" + parameter.getName();
      declared.put(key, parameter);
      pointers.put(key, pointer);
    }
  }

  private static void requireIfRequired(Report report, Rule rule, Parameter parameter, String kind) {
    if (Boolean.TRUE.equals(parameter.getRequired())) {
      report.add(rule, "required " + kind + " '" + parameter.getName() + "' is missing");
    }
  }

  private void checkRequestBody(Report report, RequestBody declared, String at, String where, RecordedRequest request) {
    RecordedBody body = request.body();
    if (body == null) {
      if (declared != null && Boolean.TRUE.equals(declared.getRequired())) {
        report.add(Rule.REQUEST_BODY, where + " requires a request body and the interaction sends none");
      }
      return;
    }
    if (declared == null || declared.getContent() == null || declared.getContent().isEmpty()) {
      report.add(Rule.REQUEST_BODY, where + " takes no request body and the interaction sends one");
      return;
    }
    String contentType = request.headers().getOrDefault("Content-Type", body.contentType());
    checkBody(report, Rule.REQUEST_CONTENT_TYPE, Rule.REQUEST_BODY, "request", declared.getContent(), resolve(at), contentType, body)
        .ifPresent(pointer -> walk.walkRequest(report, pointer, body.json(), request.matchers()));
  }

  private void checkResponse(Report report, Operation operation, String at, String where, RecordedResponse response) {
    String status = Integer.toString(response.status());
    Map<String, ApiResponse> documented = operation.getResponses() == null ? Map.of() : operation.getResponses();
    String key = documented.containsKey(status) ? status
        : documented.containsKey(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
        : documented.containsKey("default") ? "default" : null;
    if (key == null) {
      report.add(Rule.RESPONSE_STATUS, where + " does not document status " + status + "; it documents " + new TreeSet<>(documented.keySet()));
      return;
    }
    ApiResponse declared = documented.get(key);
    String responseAt = resolve(at + "/responses/" + escape(key));
    Map<String, Header> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (declared.getHeaders() != null) {
      headers.putAll(declared.getHeaders());
    }
    for (Map.Entry<String, Header> header : headers.entrySet()) {
      String value = response.headers().get(header.getKey());
      if (value == null) {
        if (Boolean.TRUE.equals(header.getValue().getRequired())) {
          report.add(Rule.RESPONSE_HEADER, "status " + status + " requires header '" + header.getKey() + "' and the interaction has none");
        }
      } else if (!header.getKey().equalsIgnoreCase("Content-Type")) {
        String schema = resolve(responseAt + "/headers/" + escape(header.getKey())) + "/schema";
        validateText(report, Rule.RESPONSE_HEADER, "header '" + header.getKey() + "'", schema, value);
        compareRegexes(report, Rule.RESPONSE_HEADER, "header '" + header.getKey() + "'", schema,
            response.matchers().regexes("header", header.getKey()));
      }
    }
    RecordedBody body = response.body();
    Content content = declared.getContent();
    boolean documentsBody = content != null && !content.isEmpty();
    for (String name : response.headers().keySet()) {
      boolean contentType = name.equalsIgnoreCase("Content-Type") && (documentsBody || body != null);
      if (!contentType && !headers.containsKey(name)) {
        report.add(Rule.RESPONSE_HEADER, "status " + status + " documents no header '" + name + "' (it documents "
            + new TreeSet<>(headers.keySet()) + "), so a provider that follows the spec need not send it");
      }
    }
    if (body == null) {
      if (documentsBody) {
        report.add(Rule.RESPONSE_BODY, "status " + status + " documents a body (" + content.keySet() + ") and the interaction has none");
      }
      return;
    }
    if (!documentsBody) {
      report.add(Rule.RESPONSE_BODY, "status " + status + " documents no body and the interaction has one");
      return;
    }
    String contentType = response.headers().get("Content-Type");
    if (contentType == null) {
      report.add(Rule.RESPONSE_CONTENT_TYPE, "status " + status + " has a body but no Content-Type header");
      return;
    }
    Optional<String> schema = checkBody(report, Rule.RESPONSE_CONTENT_TYPE, Rule.RESPONSE_BODY, "status " + status, content, responseAt, contentType, body);
    // The response's own flag, else the vendor-wide one declared in the client registration.
    String flag = tree.at(responseAt).path("x-telewire-success-flag")
        .asText(tree.at("/info/x-telewire-client/successFlag").asText(null));
    schema.ifPresent(pointer -> walk.walkResponse(report, "status " + status, pointer, body.json(), response.matchers(),
        (path, value) -> flag != null && status.startsWith("2") && path.equals(List.of(flag)) && value.isBoolean() && value.asBoolean()));
  }

  /** Checks the body's media type and schema; gives the schema's pointer when there is one to walk. */
  private Optional<String> checkBody(
      Report report, Rule typeRule, Rule bodyRule, String what, Content content, String at, String contentType, RecordedBody body) {
    Optional<String> mediaKey = MediaTypes.match(content.keySet(), contentType);
    if (mediaKey.isEmpty()) {
      report.add(typeRule, what + " has media type '" + contentType + "'; the spec documents " + content.keySet());
      return Optional.empty();
    }
    if (content.get(mediaKey.get()).getSchema() == null || body.json() == null) {
      return Optional.empty();
    }
    String schema = at + "/content/" + escape(mediaKey.get()) + "/schema";
    for (String problem : schemas.validate(schema, body.json())) {
      report.add(bodyRule, what + " body " + problem);
    }
    return Optional.of(resolve(schema));
  }

  private void compareRegexes(Report report, Rule rule, String what, String schemaPointer, List<String> regexes) {
    for (String problem : walk.compareText(resolve(schemaPointer), regexes)) {
      report.add(rule, what + ": " + problem);
    }
  }

  /** Validates a parameter or header, whose value is text on the wire, as the type its schema names. */
  private void validateText(Report report, Rule rule, String what, String schemaPointer, String value) {
    JsonNode schema = tree.at(resolve(schemaPointer));
    if (schema.isMissingNode()) {
      return;
    }
    for (String problem : schemas.validate(schemaPointer, typed(schema, value))) {
      report.add(rule, what + " value '" + value + "': " + problem);
    }
  }

  private static JsonNode typed(JsonNode schema, String value) {
    String types = schema.path("type").toString();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    try {
      if (types.contains("integer")) {
        return nodes.numberNode(Long.parseLong(value));
      }
      if (types.contains("number")) {
        return nodes.numberNode(new java.math.BigDecimal(value));
      }
    } catch (NumberFormatException e) {
      return nodes.textNode(value); // Let the schema say what is wrong with it.
    }
    if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
      return nodes.booleanNode(Boolean.parseBoolean(value));
    }
    return nodes.textNode(value);
  }

  /** Follows local {@code $ref}s from {@code pointer} to the object they name. */
  private String resolve(String pointer) {
    String current = pointer;
    for (int hops = 0; hops < 16; hops++) {
      JsonNode ref = tree.at(current).path("$ref");
      if (!ref.isTextual() || !ref.asText().startsWith("#")) {
        return current;
      }
      current = ref.asText().substring(1);
    }
    throw new IllegalStateException(name + ": $ref chain from " + pointer + " does not end");
  }

  private Optional<String> underBasePath(String path) {
    for (String base : basePaths) {
      if (base.isEmpty()) {
        return Optional.of(path);
      }
      if (path.startsWith(base + "/")) {
        return Optional.of(path.substring(base.length()));
      }
    }
    return Optional.empty();
  }

  private static List<String> basePaths(List<Server> servers) {
    if (servers == null || servers.isEmpty()) {
      return List.of("");
    }
    List<String> bases = new ArrayList<>();
    for (Server server : servers) {
      String url = server.getUrl();
      if (server.getVariables() != null) {
        for (var variable : server.getVariables().entrySet()) {
          url = url.replace("{" + variable.getKey() + "}", variable.getValue().getDefault());
        }
      }
      String path = URI.create(url).getPath();
      path = path == null ? "" : path;
      bases.add(path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
    }
    return bases;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    return "SpecCheck{" + name + "}";
  }
}
