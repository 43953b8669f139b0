package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link NotATargetRules#isInsideDefinition} given the text's {@link NotATargetRules#firstDefinition}
 * answers what the rule answered walking back from every figure (kept here as the reference): at
 * every start of generated text full of brackets, 指, stops and filler, before, inside and after
 * definitions, folded and not.
 */
class DefinitionLookupProperties {
  private static final List<String> PIECES = List.of("（", "(", "）", ")", "。", "\n", "指", "中小微企业",
      "从业人员", "≤", "1000", "人", "，", "x", "或营业收入4亿元的工业企业", "新增", "12个");

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 3000)
  void lookedUp_answersWhatTheWalkBackAnswered(@ForAll("text") String raw) {
    for (String text : List.of(raw, Folding.fold(raw))) {
      int first = NotATargetRules.firstDefinition(text);
      for (int start = 0; start <= text.length(); start++) {
        assertThat(NotATargetRules.isInsideDefinition(text, start, first)).as(text + " at " + start)
            .isEqualTo(walkBack(text, start));
      }
    }
  }

  @Example
  void aFigureInADefinition_isInside_andOneBeforeIt_isNot() {
    String text = "新增12个中小微工业企业（指从业人员≤1000人的工业企业）";
    int first = NotATargetRules.firstDefinition(text);

    assertThat(first).isEqualTo(text.indexOf('（'));
    assertThat(NotATargetRules.isInsideDefinition(text, text.indexOf("1000"), first)).isTrue();
    assertThat(NotATargetRules.isInsideDefinition(text, text.indexOf("12"), first)).isFalse();
    assertThat(NotATargetRules.firstDefinition("新增12个")).isEqualTo(5);
  }

  /** The rule as it read before: a walk back to the nearest bracket, {@code 。} or line break, at most 60 chars. */
  private static boolean walkBack(CharSequence text, int start) {
    for (int i = start - 1; i >= 0 && i >= start - 60; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == '）' || c == '。' || c == '\n') {
        return false;
      }
      if (c == '(' || c == '（') {
        return i + 1 < text.length() && text.charAt(i + 1) == '指';
      }
    }
    return false;
  }
}
