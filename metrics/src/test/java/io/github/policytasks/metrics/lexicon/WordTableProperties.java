package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * {@link WordTable}, which asks a word's first or last two chars before it walks a trie, answers
 * every lookup as {@link ReferenceWordTable}, which walks at every char that starts or ends a
 * word: tables of generated words over a small alphabet (so that words share first and last
 * chars, and pairs of chars that no word has stand in the text), with and without words of one
 * char, some meanings null, and every word list of the lexicon, at every position and bound of
 * generated texts and of the lexicon's own text, read as a string, as an {@link ArrayChars} and as
 * some other char sequence.
 */
class WordTableProperties {
  /** Few chars, hashing to the same slots of small nodes, and many chars for a wide root. */
  private static final String ALPHABET = "以上及超过近a1。不少于万亿";

  @Provide
  Arbitrary<Map<String, @Nullable String>> tables() {
    Arbitrary<String> word = Arbitraries.strings().withChars(ALPHABET).ofMinLength(2).ofMaxLength(5);
    Arbitrary<String> oneChar = Arbitraries.strings().withChars(ALPHABET).ofLength(1);
    Arbitrary<@Nullable String> meaning = Arbitraries.of("m1", "m2", "m3").injectNull(0.1);
    Arbitrary<String> wide = Arbitraries.chars().range('\u4e00', '\u4e80').map(String::valueOf)
        .filter(c -> Folding.fold(c).equals(c)).map(c -> c + "上");
    Arbitrary<Map<String, @Nullable String>> longer = Arbitraries.maps(Arbitraries.oneOf(word, word, wide), meaning)
        .ofMaxSize(40);
    Arbitrary<Map<String, @Nullable String>> withOneChar = Arbitraries.maps(
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, word), net.jqwik.api.Tuple.of(1, oneChar)), meaning)
        .ofMaxSize(30);
    return Arbitraries.oneOf(longer, withOneChar);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars(ALPHABET + "一丁").ofMaxLength(24);
  }

  @Property(tries = 600)
  void everyLookup_atEveryPositionAndBound_answersAsTheReference(
      @ForAll("tables") Map<String, @Nullable String> words, @ForAll("texts") String text) {
    assertSameAnswers(words, text);
  }

  @Example
  void everyWordListOfTheLexicon_overItsOwnText_answersAsTheReference() throws IOException {
    List<String> lists = List.of("subject-object-verbs.txt", "subject-predicates.txt",
        "subject-indicator-names.txt", "field-labels.txt", "goal-field-labels.txt",
        "goal-label-verbs.txt", "unit-kinds-after-etc.txt", "scale-nouns.txt", "leader-titles.txt");
    StringBuilder all = new StringBuilder();
    for (String list : lists) {
      all.append(text(list));
    }
    String text = Folding.fold(all.toString());
    int tables = 0;
    for (String list : lists) {
      Map<String, @Nullable String> words = new HashMap<>();
      for (String word : WordLists.words(list)) {
        words.put(word, word);
      }
      if (words.isEmpty()) {
        continue;
      }
      tables++;
      WordTable<@Nullable String> table = WordTable.of(words);
      ReferenceWordTable<@Nullable String> reference = ReferenceWordTable.of(words);
      CharSequence[] forms = {text, new Chars(text), new StringBuilder(text)};
      for (CharSequence form : forms) {
        for (int at = 0; at <= text.length(); at++) {
          int near = Math.max(0, at - 12);
          int far = Math.min(text.length(), at + 12);
          assertSame(table.matchAt(form, at, far), reference.matchAt(form, at, far));
          assertSame(table.matchEndingAt(form, at, near), reference.matchEndingAt(form, at, near));
          assertThat(table.meaningEndingAt(form, at, near)).isEqualTo(reference.meaningEndingAt(form, at, near));
          assertThat(table.startsAt(form, at, far)).isEqualTo(reference.startsAt(form, at, far));
          assertThat(table.endsAt(form, at, near)).isEqualTo(reference.endsAt(form, at, near));
          assertSame(table.lastBefore(form, at, near), reference.lastBefore(form, at, near));
        }
      }
    }
    assertThat(tables).isGreaterThan(3);
  }

  private static String text(String list) throws IOException {
    try (InputStream in = WordLists.class.getResourceAsStream(list)) {
      assertThat(in).as(list).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertSameAnswers(Map<String, @Nullable String> words, String text) {
    WordTable<@Nullable String> table = WordTable.of(words);
    ReferenceWordTable<@Nullable String> reference = ReferenceWordTable.of(words);
    assertThat(table.longestWord()).isEqualTo(reference.longestWord());
    assertThat(table.firstChars()).isEqualTo(reference.firstChars());
    for (String word : words.keySet()) {
      assertSame(table.matchAt(word, 0, word.length()), reference.matchAt(word, 0, word.length()));
      assertSame(table.matchEndingAt(word, word.length(), 0), reference.matchEndingAt(word, word.length(), 0));
    }
    CharSequence[] forms = {text, new Chars(text), new StringBuilder(text)};
    for (CharSequence form : forms) {
      for (int start = 0; start <= text.length(); start++) {
        assertThat(table.couldStart(start < text.length() ? text.charAt(start) : 'x'))
            .isEqualTo(reference.couldStart(start < text.length() ? text.charAt(start) : 'x'));
        for (int end = 0; end <= text.length(); end++) {
          assertSame(table.matchAt(form, start, end), reference.matchAt(form, start, end));
          assertSame(table.matchEndingAt(form, end, start), reference.matchEndingAt(form, end, start));
          assertThat(table.meaningEndingAt(form, end, start)).isEqualTo(reference.meaningEndingAt(form, end, start));
          assertThat(table.startsAt(form, start, end)).isEqualTo(reference.startsAt(form, start, end));
          assertThat(table.endsAt(form, end, start)).isEqualTo(reference.endsAt(form, end, start));
          assertSame(table.lastBefore(form, end, start), reference.lastBefore(form, end, start));
        }
      }
    }
  }

  private static void assertSame(WordTable.@Nullable Match<@Nullable String> match,
      ReferenceWordTable.@Nullable Match<@Nullable String> reference) {
    if (reference == null) {
      assertThat(match).isNull();
      return;
    }
    assertThat(match).isNotNull();
    assertThat(new int[] {match.start(), match.end()}).containsExactly(reference.start(), reference.end());
    assertThat(match.meaning()).isEqualTo(reference.meaning());
  }

  /** A text read through {@link ArrayChars}, as a task's window is. */
  private static final class Chars extends ArrayChars {
    private final String text;

    Chars(String text) {
      super(text.toCharArray(), text.length());
      this.text = text;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
