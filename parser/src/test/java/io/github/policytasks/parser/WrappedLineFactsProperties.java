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
 * {@link WrappedLines.LineFacts} finds, in one pass, what the reference below finds in four (the
 * line's end, its content's end before trailing blanks, the content's display width, whether the
 * content holds a table's cells): at every line start of generated text dense in blanks, tabs,
 * pipes, wide and narrow chars and every kind of line break, and of every corpus document.
 */
class WrappedLineFactsProperties {
  private static final List<String> PIECES = List.of(
      " ", "  ", "\t", "|", "｜", "\n", "\r", "\r\n", "a", "1", "县财政局", "。", "　", "牵头单位：");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 2000)
  void facts_atEveryStart_equalTheReference(@ForAll("texts") String text) {
    for (int start = 0; start <= text.length(); start++) {
      assertSameFacts(text, start);
    }
  }

  @Example
  void facts_atEveryLineOfTheCorpus_equalTheReference() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      String text = doc.text();
      int start = 0;
      while (start < text.length()) {
        int end = assertSameFacts(text, start);
        start = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
            && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
      }
    }
  }

  private static int assertSameFacts(String text, int start) {
    WrappedLines.LineFacts facts = new WrappedLines.LineFacts();
    facts.scan(text, start);
    int end = lineEnd(text, start);
    int content = contentEnd(text, start, end);
    String at = text.substring(start, end);
    assertThat(facts.end).as("end: %s", at).isEqualTo(end);
    assertThat(facts.content).as("content: %s", at).isEqualTo(content);
    assertThat(facts.width).as("width: %s", at).isEqualTo(width(text, start, content));
    assertThat(facts.cells).as("cells: %s", at).isEqualTo(holdsCells(text, start, content));
    return end;
  }

  private static int lineEnd(String text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int contentEnd(String text, int start, int end) {
    int e = end;
    while (e > start && TextChars.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int width(String text, int start, int end) {
    int width = 0;
    for (int i = start; i < end; i++) {
      width += text.charAt(i) < 0x80 ? 1 : 2;
    }
    return width;
  }

  private static boolean holdsCells(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '|' || c == '｜'
          || TextChars.isBlank(c) && i + 1 < end && TextChars.isBlank(text.charAt(i + 1)) && i > start) {
        return true;
      }
    }
    return false;
  }
}
