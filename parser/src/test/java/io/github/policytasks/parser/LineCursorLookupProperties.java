package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link LineCursor} over a {@link SourceText}'s folded text looks each physical line's end up in
 * the lines the source found while folding, and tells its cells by forward {@code indexOf} runs;
 * it cuts exactly the logical lines that walking each line's chars cuts, on text dense in labels,
 * line breaks of every kind ({@code \n}, {@code \r\n}, a lone {@code \r}), pipes and tabs, on
 * mutated plans and on every corpus document, each also with its line breaks lost.
 */
class LineCursorLookupProperties {
  private static final List<String> BREAKS = List.of("\n", "\r\n", "\r", "\r\r\n", "\n\r", "|", "\t", " | ");

  @Provide
  Arbitrary<String> breakDense() {
    return Arbitraries.of(concat(LineCursorSkipProperties.PIECES, BREAKS)).list().ofMaxSize(60)
        .map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> mutatedPlans() {
    return GenreDocuments.mutated();
  }

  @Property(tries = 3000)
  void lookedUpLines_onBreakDenseText_areTheWalkedLines(@ForAll("breakDense") String text) {
    assertSameLines(text);
  }

  @Property(tries = 300)
  void lookedUpLines_onMutatedPlans_areTheWalkedLines(@ForAll("mutatedPlans") String text) {
    assertSameLines(text);
    assertSameLines(text.replace("\n", "\r\n"));
    assertSameLines(text.replace("\n", "").replace("\r", ""));
  }

  @Example
  void lookedUpLines_onEveryCorpusDocument_areTheWalkedLines() {
    for (CorpusDocuments.Doc doc : CorpusDocuments.all()) {
      assertSameLines(doc.text());
      assertSameLines(doc.text().replace("\n", "").replace("\r", ""));
    }
  }

  @Example
  void aStartOnTheBreakOfACrLf_isReadAsTheWalkDoes() {
    String text = "一、总则\r\n1. 推进 | 县科技局 |\r\n2. 建设";
    SourceText source = new SourceText(text);
    String folded = source.folded();
    int inBreak = text.indexOf('\n');
    assertThat(new LineCursor(folded, source).at(inBreak))
        .isEqualTo(new LineCursor(folded, text, true).at(inBreak));
  }

  private static void assertSameLines(String text) {
    SourceText source = new SourceText(text);
    String folded = source.folded();
    assertThat(CursorLines.walk(new LineCursor(folded, source), folded))
        .as(text)
        .isEqualTo(CursorLines.walk(new LineCursor(folded, text, true), folded));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
