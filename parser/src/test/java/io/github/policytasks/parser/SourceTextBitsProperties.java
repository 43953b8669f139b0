package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SourceText}, which reads a text's chars 64 at a time into bit words, folds the text,
 * finds its line starts and marks the chars the line cursor may act at and the cell marks exactly
 * as {@link SourceTextReference} (one char at a time) does: on generated texts dense in chars that
 * fold, line breaks of every kind (a CRLF astride two words of 64 chars included), marked chars
 * and markup breaks, of every length around a word's; and on every corpus document.
 */
class SourceTextBitsProperties {
  private static final List<String> PIECES = List.of("a", "中", "萬", "。", "，", "（", "）", "：", "\n", "\r",
      "\r\n", "\u3000", "１", "|", "｜", "\t", ",", "\"", " ", "<br>", "<p>", "一", "1", "县財政局");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(160).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 2000)
  void bits_equalTheReference(@ForAll("texts") String text) {
    assertSame(text);
  }

  @Example
  void crlfAstrideTwoWords_endsOneLine() {
    String text = "a".repeat(63) + "\r\n" + "b".repeat(62) + "\r";
    assertSame(text);
    assertThat(new SourceText(text).lines()).isEqualTo(3);
  }

  @Example
  void everyCorpusDocument_equalsTheReference() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      assertSame(doc.text());
    }
  }

  private static void assertSame(String text) {
    SourceText source = new SourceText(text);
    SourceTextReference reference = new SourceTextReference(text);
    assertThat(source.folded()).isEqualTo(reference.folded());
    assertThat(source.text()).isSameAs(text);
    assertThat(source.folded() == text).as("folded is the input").isEqualTo(reference.folded() == text);
    assertThat(source.lines()).isEqualTo(reference.lines());
    for (int k = 0; k < source.lines(); k++) {
      assertThat(source.lineStart(k)).as("line %d", k).isEqualTo(reference.lineStart(k));
    }
    assertThat(source.cellMarks()).containsExactly(reference.cellMarks());
    for (int i = 0; i < text.length(); i++) {
      assertThat(source.nextMayAct(i, i + 1)).as("may act at %d", i).isEqualTo(reference.nextMayAct(i, i + 1));
    }
  }
}
