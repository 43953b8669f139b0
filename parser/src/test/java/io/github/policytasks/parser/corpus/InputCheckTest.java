package io.github.policytasks.parser.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InputCheckTest {
  @Test
  void bytes_empty_isEmpty() {
    assertThat(InputCheck.problem(new byte[0])).contains(InputProblem.EMPTY);
  }

  @Test
  void bytes_nulWithoutUtf16Bom_isBinary() {
    assertThat(InputCheck.problem(new byte[] {'a', 0, 'b'})).contains(InputProblem.BINARY);
  }

  @Test
  void bytes_utf16WithBom_isText() {
    byte[] utf16 = "\uFEFF一、任务".getBytes(StandardCharsets.UTF_16LE);
    assertThat(InputCheck.problem(utf16)).isEmpty();
  }

  @Test
  void text_onlyWhiteSpace_isBlank() {
    assertThat(InputCheck.problem(" \n\t\u3000\uFEFF\r\n")).contains(InputProblem.BLANK);
  }

  @Test
  void text_mostlyReplacementCharacters_isUnreadable() {
    assertThat(InputCheck.problem("一\uFFFD\uFFFD\u0001")).contains(InputProblem.UNREADABLE);
  }

  @Test
  void text_halfReplacementCharacters_isStillText() {
    assertThat(InputCheck.problem("一二\uFFFD\uFFFD")).isEmpty();
  }
}
