package io.github.policytasks.parser;

import java.util.Arrays;

/**
 * The items of one list of names in a note ({@code 县发改局、县财政局}), each as {@code [start, end)}
 * followed by a shared suffix {@code [suffixStart, suffixEnd)} (both -1 when it has none), in one
 * int array that the {@link NoteReader} reuses from one list to the next, so that splitting a list
 * allocates nothing. Valid until the reader splits its next list; not thread-safe.
 */
final class NoteItems {
  private static final int FIELDS = 4;
  private int[] rows = new int[FIELDS * 8];
  private int size;

  /** Empties the list. */
  void clear() {
    size = 0;
  }

  /** Adds an item at the end. */
  void add(int start, int end, int suffixStart, int suffixEnd) {
    if (FIELDS * (size + 1) > rows.length) {
      rows = Arrays.copyOf(rows, rows.length * 2);
    }
    int at = FIELDS * size++;
    rows[at] = start;
    rows[at + 1] = end;
    rows[at + 2] = suffixStart;
    rows[at + 3] = suffixEnd;
  }

  int size() {
    return size;
  }

  int start(int k) {
    return rows[FIELDS * k];
  }

  int end(int k) {
    return rows[FIELDS * k + 1];
  }

  int suffixStart(int k) {
    return rows[FIELDS * k + 2];
  }

  int suffixEnd(int k) {
    return rows[FIELDS * k + 3];
  }

  void setEnd(int k, int end) {
    rows[FIELDS * k + 1] = end;
  }

  /** Gives item {@code k} the suffix {@code [suffixStart, suffixEnd)}. */
  void setSuffix(int k, int suffixStart, int suffixEnd) {
    rows[FIELDS * k + 2] = suffixStart;
    rows[FIELDS * k + 3] = suffixEnd;
  }

  /** Removes the items {@code [from, to)}, the items after them moving up. */
  void remove(int from, int to) {
    System.arraycopy(rows, FIELDS * to, rows, FIELDS * from, FIELDS * (size - to));
    size -= to - from;
  }
}
