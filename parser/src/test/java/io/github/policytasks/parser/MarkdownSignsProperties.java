package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link MarkdownMarks#isMarkdown}, whose pairs {@code **} and {@code ](} are found by a search for
 * their first char, answers as {@link MarkdownSignsReference} (the search for both) does: on texts
 * made of the signs' pieces, blanks, breaks and ideographs, on every corpus document; and
 * {@link MarkdownMarks#pairAt} finds what {@link String#indexOf(String, int)} finds.
 */
class MarkdownSignsProperties {
  private static final List<String> PIECES = List.of("*", "**", "#", "##", "# ", "### ", "]", "](", "[首页](",
      "](http://a", "](/", "](www.", "(", " ", "\u3000", "\t", "\n", "\r\n", "\r", "加强", "一、", "a", "1.");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 5000)
  void isMarkdown_equalsTheReference(@ForAll("texts") String text) {
    boolean markdown = MarkdownMarks.isMarkdown(text);
    Statistics.collect(markdown ? "markdown" : "not markdown");
    assertThat(markdown).as(text).isEqualTo(MarkdownSignsReference.isMarkdown(text));
  }

  @Property(tries = 3000)
  void pairAt_equalsIndexOf(@ForAll("texts") String text, @ForAll("pairs") String pair,
      @ForAll("froms") int from) {
    assertThat(MarkdownMarks.pairAt(text, pair.charAt(0), pair.charAt(1), from)).as(text)
        .isEqualTo(text.indexOf(pair, from));
  }

  @Provide
  Arbitrary<String> pairs() {
    return Arbitraries.of("**", "](", "#一");
  }

  @Provide
  Arbitrary<Integer> froms() {
    return Arbitraries.integers().between(-2, 40);
  }

  @Example
  void pairAt_atTheLastChar_isNone() {
    assertThat(MarkdownMarks.pairAt("加强*", '*', '*', 0)).isEqualTo(-1);
    assertThat(MarkdownMarks.pairAt("加强**", '*', '*', 0)).isEqualTo(2);
    assertThat(MarkdownMarks.pairAt("***", '*', '*', 1)).isEqualTo(1);
  }

  @Example
  void isMarkdown_ofEveryCorpusDocument_equalsTheReference() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    int markdown = 0;
    for (CorpusDocuments.Doc doc : docs) {
      boolean read = MarkdownMarks.isMarkdown(doc.text());
      assertThat(read).as(doc.name()).isEqualTo(MarkdownSignsReference.isMarkdown(doc.text()));
      markdown += read ? 1 : 0;
    }
    assertThat(markdown).isPositive();
  }
}
