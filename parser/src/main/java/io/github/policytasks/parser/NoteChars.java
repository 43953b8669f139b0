package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteWords;
import java.util.Arrays;

/**
 * Where the chars that the steps of reading a note look for first and last stand in the note's
 * content, found in one walk over it: an opening bracket (a remark inside a name), the first char
 * of a default clause's opener ({@code 以下均需}), of a joining word ({@code 以及}), of {@code 会同}
 * and the links {@code 为}/{@code 是} of a stated rule, and the list marker {@code 等}. A step that would walk a part
 * of the note looking for one of them asks {@link #mayHold} first and skips the walk when the part
 * holds none, so each note is walked once for all of these instead of once per step. Answers only
 * for parts of the stretch last {@link #survey surveyed}, and {@code true} (walk) for any other.
 * Belongs to one {@link NoteReader}; not thread-safe.
 */
final class NoteChars {
  /** The kinds of char surveyed. */
  enum Kind {
    /** A char that opens a bracket. */
    OPEN_BRACKET(TextChars.OPEN_BRACKET_CHARS),
    /** The first char of a default clause's opener or lead-in ({@code note-default-clauses.txt}). */
    DEFAULT_OPENER(NoteWords.defaultOpeners().firstChars() + NoteWords.defaultLeadIns().firstChars()),
    /** The first char of a word joining the last unit of a list ({@code unit-joiners.txt}). */
    JOINER(NoteWords.unitJoiners().firstChars()),
    /** The first char of {@code 会同}. */
    TOGETHER("会"),
    /** The links of a stated rule's first place to its lead key ({@code 为}, {@code 是}). */
    LINK("为是"),
    /** The list marker {@code 等} ({@code 县财政局等有关部门}). */
    ETC("等");

    private final long[] chars;

    Kind(String chars) {
      this.chars = TextChars.charSet(chars);
    }
  }

  private static final Kind[] KINDS = Kind.values();
  /** Every char of every kind, so the walk asks one set for most chars. */
  private static final long[] ANY = any();

  private final String f;
  private int surveyedFrom;
  private int surveyedTo;
  private final int[] first = new int[KINDS.length];
  private final int[] last = new int[KINDS.length];

  NoteChars(String folded) {
    this.f = folded;
  }

  private static long[] any() {
    long[] any = TextChars.charSet("");
    for (Kind kind : KINDS) {
      for (int w = 0; w < any.length; w++) {
        any[w] |= kind.chars[w];
      }
    }
    return any;
  }

  /**
   * Notes where the chars of each kind first and last stand in {@code [start, end)}; nothing when
   * that stretch is the one noted already.
   */
  void survey(int start, int end) {
    if (start == surveyedFrom && end == surveyedTo) {
      return;
    }
    Arrays.fill(first, Integer.MAX_VALUE);
    Arrays.fill(last, -1);
    for (int i = start; i < end; i++) {
      char c = f.charAt(i);
      if (TextChars.in(ANY, c)) {
        for (int k = 0; k < KINDS.length; k++) {
          if (TextChars.in(KINDS[k].chars, c)) {
            first[k] = Math.min(first[k], i);
            last[k] = i;
          }
        }
      }
    }
    surveyedFrom = start;
    surveyedTo = end;
  }

  /**
   * Whether {@code [start, end)} may hold a char of {@code kind}: false only when it lies in the
   * stretch last surveyed and holds none there.
   */
  boolean mayHold(Kind kind, int start, int end) {
    if (start < surveyedFrom || end > surveyedTo) {
      return true;
    }
    return first[kind.ordinal()] < end && last[kind.ordinal()] >= start;
  }
}
