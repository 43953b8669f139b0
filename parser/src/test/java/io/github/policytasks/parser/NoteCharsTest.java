package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link NoteChars} answers "none here" only for a part of the surveyed note that truly holds no
 * char of the kind, and "may be" for anything it did not survey.
 */
class NoteCharsTest {
  private static final String F = "x(首位为牵头单位:县发改局、县财政局等有关部门)y";

  @Test
  void mayHold_isFalseOnlyForPartsOfTheSurveyWithoutTheChar() {
    NoteChars chars = new NoteChars(F);
    int start = F.indexOf('(') + 1;
    int end = F.indexOf(')');
    chars.survey(start, end);
    int etc = F.indexOf('等');
    int unit = F.indexOf("县发改局");

    assertThat(chars.mayHold(NoteChars.Kind.ETC, unit, unit + 4)).isFalse();
    assertThat(chars.mayHold(NoteChars.Kind.ETC, unit, etc + 1)).isTrue();
    assertThat(chars.mayHold(NoteChars.Kind.LINK, F.indexOf('为'), F.indexOf('为') + 1)).isTrue();
    assertThat(chars.mayHold(NoteChars.Kind.LINK, unit, end)).isFalse();
    assertThat(chars.mayHold(NoteChars.Kind.OPEN_BRACKET, start, end)).isFalse();
    assertThat(chars.mayHold(NoteChars.Kind.TOGETHER, start, end)).isFalse();
  }

  @Test
  void mayHold_isTrueOutsideTheSurvey() {
    NoteChars chars = new NoteChars(F);
    chars.survey(F.indexOf('县'), F.indexOf(')'));

    assertThat(chars.mayHold(NoteChars.Kind.OPEN_BRACKET, 0, F.length())).isTrue();
    assertThat(chars.mayHold(NoteChars.Kind.LINK, 0, 4)).isTrue();
  }
}
