package dev.telewire.sdkgen.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A spec's description becomes text that cannot end or bend the Javadoc comment it is put in. */
class JavadocTest {
  @Test
  void commentCloserCannotEndTheComment() {
    assertThat(Javadoc.text("matches a*/b")).isEqualTo("matches a*&#47;b");
  }

  @Test
  void htmlIsShownNotInterpreted() {
    assertThat(Javadoc.text("Name <a@b.test> & co")).isEqualTo("Name &lt;a&#64;b.test&gt; &amp; co");
  }

  @Test
  void atSignCannotStartATag() {
    assertThat(Javadoc.text("@deprecated use {@code x}")).isEqualTo("&#64;deprecated use {&#64;code x}");
  }

  @Test
  void backslashCannotFormAUnicodeEscape() {
    assertThat(Javadoc.text("\\u002a/")).isEqualTo("&#92;u002a/");
  }

  @Test
  void linesAndIndentationBecomeSingleSpaces() {
    assertThat(Javadoc.text("  First line.\n\n   Second\tline.  ")).isEqualTo("First line. Second line.");
  }
}
