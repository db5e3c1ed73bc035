package dev.telewire.sdkgen.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;

/**
 * Turns a spec's description into text that is safe inside a Javadoc comment, as the templates'
 * {@code {{#javadoc}}...{{/javadoc}}} lambda: whitespace runs become one space, and what Javadoc or
 * javac would read as markup is written as an HTML character reference ({@code &}, {@code <},
 * {@code >}, {@code @} so no tag starts, {@code \} so no unicode escape, and the {@code /} of a
 * comment-closing star-slash).
 */
final class Javadoc implements Mustache.Lambda {
  /** The lambda's name in the templates. */
  static final String LAMBDA = "javadoc";

  /** Returns {@code text} escaped for a Javadoc comment, or null for null. */
  static String text(String text) {
    if (text == null) {
      return null;
    }
    return text.strip().replaceAll("\\s+", " ")
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("@", "&#64;")
        .replace("\\", "&#92;")
        .replace("*/", "*&#47;");
  }

  @Override
  public void execute(Template.Fragment fragment, Writer out) throws IOException {
    out.write(text(fragment.execute()));
  }
}
