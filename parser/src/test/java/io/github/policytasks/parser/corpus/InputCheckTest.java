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
  void text_unreadableOnlyAfterItsFirstHalf_isUnreadable() {
    // The first 1,500 characters are text, so a look at the first half alone would call it text.
    String text = "字".repeat(1500) + "\uFFFD".repeat(3100);

    assertThat(InputCheck.problem(text)).contains(InputProblem.UNREADABLE);
    assertThat(InputCheck.problem(text + "字".repeat(1600))).isEmpty();
  }

  @Test
  void text_halfReplacementCharacters_isStillText() {
    assertThat(InputCheck.problem("一二\uFFFD\uFFFD")).isEmpty();
  }

  /**
   * Every UTF-16 unit on its own is blank when Java calls it white space or a space (or it is the
   * BOM), unreadable when it is U+FFFD or a control character, and text otherwise: the shortcuts
   * for ASCII and for everything above U+3000 give the definition's answer for all 65,536.
   */
  @Test
  void text_eachChar_isClassifiedAsTheDefinitionSays() {
    int checked = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      InputProblem expected;
      if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '\uFEFF') {
        expected = InputProblem.BLANK;
      } else if (ch == '\uFFFD' || Character.isISOControl(ch)) {
        expected = InputProblem.UNREADABLE;
      } else {
        expected = null;
      }
      assertThat(InputCheck.problem(String.valueOf(ch)).orElse(null))
          .as("U+%04X", c).isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isEqualTo(65_536);
  }
}
