package dev.telewire.sdkgen.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenSecurity;

/**
 * Parameters that travel where the operation's credential travels, under the same name (Vida's
 * credential is the {@code token} query parameter; an operation may have a {@code token} of its
 * own). Such a parameter is a value of the operation, not the credential: its Java name gets the
 * location as a prefix ({@code queryToken}, {@code headerAuthorization}, {@code cookieToken}) so that
 * it is not taken for the credential, and the runtime adds the credential beside it, never over it.
 */
final class CredentialClashes {
  private CredentialClashes() {}

  /** Renames each parameter of {@code params} that clashes with one of {@code schemes}. */
  static void rename(List<CodegenParameter> params, List<CodegenSecurity> schemes) {
    if (schemes == null || schemes.isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    params.forEach(param -> names.add(param.paramName));
    for (CodegenParameter param : params) {
      String location = location(param, schemes);
      if (location == null) {
        continue;
      }
      String base = location + Character.toUpperCase(param.paramName.charAt(0)) + param.paramName.substring(1);
      String name = base;
      for (int n = 2; names.contains(name); n++) {
        name = base + n;
      }
      names.add(name);
      param.paramName = name;
    }
  }

  /** The parameter's location when a scheme puts the credential there under its name, else null. */
  private static String location(CodegenParameter param, List<CodegenSecurity> schemes) {
    for (CodegenSecurity scheme : schemes) {
      boolean apiKey = Boolean.TRUE.equals(scheme.isApiKey) && scheme.keyParamName != null;
      if (param.isQueryParam && apiKey && Boolean.TRUE.equals(scheme.isKeyInQuery) && scheme.keyParamName.equals(param.baseName)) {
        return "query";
      }
      if (param.isCookieParam && apiKey && Boolean.TRUE.equals(scheme.isKeyInCookie) && scheme.keyParamName.equals(param.baseName)) {
        return "cookie";
      }
      if (param.isHeaderParam) {
        String header = param.baseName.toLowerCase(Locale.ROOT);
        boolean keyHeader = apiKey && Boolean.TRUE.equals(scheme.isKeyInHeader) && scheme.keyParamName.equalsIgnoreCase(header);
        boolean authorization = (Boolean.TRUE.equals(scheme.isBasic) || Boolean.TRUE.equals(scheme.isOAuth)) && header.equals("authorization");
        if (keyHeader || authorization) {
          return "header";
        }
      }
    }
    return null;
  }
}
