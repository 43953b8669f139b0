package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.PortalHeaderKeys;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link HeaderReader#keyAt} answers at once where no portal header key's first char stands, and
 * everywhere finds the key that trying every spelling finds ({@link
 * HeaderReader#keyAtTryingEverySpelling}): at every offset of generated header lines dense in keys,
 * spaced keys, colons and bullets, and of every corpus document.
 */
class HeaderKeyFirstCharProperties {
  private static final List<String> PIECES = pieces();

  private static List<String> pieces() {
    List<String> pieces = new ArrayList<>(PortalHeaderKeys.keys());
    for (String key : PortalHeaderKeys.keys()) {
      pieces.add(String.join(" ", key.split("")));
    }
    pieces.addAll(List.of(":", "：", " ", "　", "·", "•", "-", "\n", "2024-04-06", "16:40", "县政府办公室", "暂无",
        "综合政务", "来源", "时间"));
    return List.copyOf(pieces);
  }

  @Provide
  Arbitrary<String> headerLines() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 1000)
  void keyAt_atEveryOffset_findsWhatTryingEverySpellingFinds(@ForAll("headerLines") String text) {
    assertSameKeys(text);
  }

  @Example
  void keyAt_atEveryOffsetOfEveryCorpusDocument_findsWhatTryingEverySpellingFinds() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      assertSameKeys(doc.text().substring(0, Math.min(doc.text().length(), 3_000)));
    }
  }

  private static void assertSameKeys(String text) {
    SourceText source = new SourceText(text);
    String f = source.folded();
    HeaderReader reader = new HeaderReader(source, f, new DiagnosticCollector(source, false));
    for (int k = 0; k < source.lines(); k++) {
      int end = source.lineEnd(k);
      for (int i = source.lineStart(k); i <= end; i++) {
        assertThat(reader.keyAt(i, end)).as("at %d of %s", i, text).isEqualTo(reader.keyAtTryingEverySpelling(i, end));
      }
    }
  }
}
