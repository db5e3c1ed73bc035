package dev.telewire.sdkgen.codegen;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.Writer;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenProperty;

/**
 * The templates' {@code {{#described}}fallback{{/described}}} lambda: writes the spec's description
 * of the model, property or parameter in context, escaped for Javadoc, or the fallback when the
 * spec gives none.
 */
final class Described implements Mustache.Lambda {
  /** The lambda's name in the templates. */
  static final String LAMBDA = "described";

  @Override
  public void execute(Template.Fragment fragment, Writer out) throws IOException {
    String description = description(subject(fragment));
    out.write(description == null || description.isBlank() ? fragment.execute() : Javadoc.text(description));
  }

  /**
   * The model, property or parameter the lambda describes: the innermost one in context, looking
   * past the views that templates open as sections ({@code model.mustache} opens a record's).
   */
  static Object subject(Template.Fragment fragment) {
    for (int depth = 0; depth < 3; depth++) {
      Object context = fragment.context(depth);
      if (!(context instanceof ModelView)) {
        return context;
      }
    }
    return null;
  }

  /** The unescaped description of a model, property or parameter; null for anything else. */
  static String description(Object context) {
    if (context instanceof CodegenProperty property) {
      return property.unescapedDescription;
    }
    if (context instanceof CodegenModel model) {
      return model.unescapedDescription;
    }
    if (context instanceof CodegenParameter parameter) {
      return parameter.unescapedDescription;
    }
    return null;
  }
}
