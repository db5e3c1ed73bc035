package dev.telewire.contracts.check;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The credentials an operation accepts: its own {@code security}, or the document's when it has
 * none. A request passes when it satisfies every scheme of at least one requirement.
 */
final class Security {
  private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+\\S+");
  private static final Pattern BASIC = Pattern.compile("(?i)basic\\s+\\S+");

  private final List<SecurityRequirement> documentDefault;
  private final Map<String, SecurityScheme> schemes;

  Security(OpenAPI openApi) {
    this.documentDefault = openApi.getSecurity();
    this.schemes = openApi.getComponents() == null || openApi.getComponents().getSecuritySchemes() == null
        ? Map.of()
        : openApi.getComponents().getSecuritySchemes();
  }

  void check(Report report, Operation operation, RecordedRequest request) {
    List<SecurityRequirement> requirements = requirements(operation);
    if (requirements.isEmpty() || requirements.stream().anyMatch(Map::isEmpty)) {
      return;
    }
    for (SecurityRequirement requirement : requirements) {
      if (requirement.keySet().stream().allMatch(scheme -> satisfied(scheme, request))) {
        return;
      }
    }
    List<String> expected = new ArrayList<>();
    requirements.forEach(requirement -> expected.add(String.join(" + ", requirement.keySet().stream().map(this::describe).toList())));
    report.add(Rule.SECURITY, "no credential the operation accepts; expected " + String.join(" or ", expected));
  }

  /** Names of query parameters that carry a credential for {@code operation}. */
  Set<String> queryCredentialNames(Operation operation) {
    return apiKeyNames(operation, SecurityScheme.In.QUERY);
  }

  /** Names of cookies that carry a credential for {@code operation}. */
  Set<String> cookieCredentialNames(Operation operation) {
    return apiKeyNames(operation, SecurityScheme.In.COOKIE);
  }

  private Set<String> apiKeyNames(Operation operation, SecurityScheme.In in) {
    Set<String> names = new LinkedHashSet<>();
    for (SecurityRequirement requirement : requirements(operation)) {
      for (String name : requirement.keySet()) {
        SecurityScheme scheme = schemes.get(name);
        if (scheme != null && scheme.getType() == SecurityScheme.Type.APIKEY && scheme.getIn() == in) {
          names.add(scheme.getName());
        }
      }
    }
    return names;
  }

  private List<SecurityRequirement> requirements(Operation operation) {
    List<SecurityRequirement> requirements = operation.getSecurity() != null ? operation.getSecurity() : documentDefault;
    return requirements == null ? List.of() : requirements;
  }

  private boolean satisfied(String schemeName, RecordedRequest request) {
    SecurityScheme scheme = schemes.get(schemeName);
    if (scheme == null || scheme.getType() == null) {
      return false;
    }
    String authorization = request.headers().get("Authorization");
    return switch (scheme.getType()) {
      case HTTP -> "basic".equalsIgnoreCase(scheme.getScheme())
          ? authorization != null && BASIC.matcher(authorization).matches()
          : authorization != null && BEARER.matcher(authorization).matches();
      case OAUTH2, OPENIDCONNECT -> authorization != null && BEARER.matcher(authorization).matches();
      case APIKEY -> switch (scheme.getIn()) {
        case HEADER -> notBlank(request.headers().get(scheme.getName()));
        case QUERY -> request.query().getOrDefault(scheme.getName(), List.of()).stream().anyMatch(Security::notBlank);
        case COOKIE -> notBlank(Cookies.parse(request.headers().get("Cookie")).get(scheme.getName()));
      };
      case MUTUALTLS -> true; // A TLS client certificate cannot be seen in a pact.
    };
  }

  private String describe(String schemeName) {
    SecurityScheme scheme = schemes.get(schemeName);
    if (scheme == null || scheme.getType() == null) {
      return schemeName + " (undefined scheme)";
    }
    return switch (scheme.getType()) {
      case HTTP -> schemeName + " (Authorization: " + (scheme.getScheme() == null ? "bearer" : scheme.getScheme()) + " <credential>)";
      case APIKEY -> schemeName + " (" + scheme.getIn() + " '" + scheme.getName() + "')";
      default -> schemeName + " (" + scheme.getType() + ")";
    };
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }
}
