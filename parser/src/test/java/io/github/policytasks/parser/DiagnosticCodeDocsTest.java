package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The parser's javadoc lists every diagnostic code from the enum, by link. */
class DiagnosticCodeDocsTest {

  @Test
  void planParserJavadoc_linksEveryCode() throws IOException {
    String source = Files.readString(
        Path.of("src/main/java/io/github/policytasks/parser/PlanParser.java"), StandardCharsets.UTF_8);
    String javadoc = source.substring(0, source.indexOf("public final class PlanParser"))
        .replaceAll("\\s*\\n\\s*\\*\\s*", " ");
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertThat(javadoc).as(code.name()).contains("{@link DiagnosticCode#" + code.name() + "}");
    }
  }
}
