package dev.telewire.sdkgen.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;

/**
 * The templates' {@code "{{#javaString}}{{{baseName}}}{{/javaString}}"} lambda: writes the section's
 * text escaped for a Java string literal, so that a JSON name with a quote, a backslash or a
 * control character still compiles and still means that name.
 */
final class JavaString implements Mustache.Lambda {
  /** The lambda's name in the templates. */
  static final String LAMBDA = "javaString";

  @Override
  public void execute(Template.Fragment fragment, Writer out) throws IOException {
    out.write(escape(fragment.execute()));
  }

  /** {@code text} as it is written between the quotes of a Java string literal. */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> escaped.append("\\\"");
        case '\\' -> escaped.append("\\\\");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\t' -> escaped.append("\\t");
        default -> {
          if (c < 0x20) {
            escaped.append(String.format("\\u%04x", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
