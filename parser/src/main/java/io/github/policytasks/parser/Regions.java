package io.github.policytasks.parser;

import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.SourceSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The regions of one parse as the readers claim them, in any order: {@link #resolved()} puts
 * them in input order and gives a character claimed twice to the region that starts first, so
 * that regions never overlap; {@link #gaps} finds the non-blank stretches no region claims. Not
 * thread-safe: one parse fills one instance.
 */
final class Regions {
  private static final RegionKind[] KINDS = RegionKind.values();

  /** Each claim's start, end and kind (ordinal), in the order claimed. */
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private byte[] kinds = new byte[64];
  private int count;

  /** Claims {@code [start, end)} as {@code kind}; an empty stretch claims nothing. */
  void add(RegionKind kind, int start, int end) {
    if (end > start && start >= 0) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        kinds = Arrays.copyOf(kinds, count * 2);
      }
      starts[count] = start;
      ends[count] = end;
      kinds[count] = (byte) kind.ordinal();
      count++;
    }
  }

  /**
   * Extends every claim of {@code kind} that starts at {@code start} to {@code end}, where it ends
   * before; a claim for {@code [start, end)} is added when there is none.
   */
  void extend(RegionKind kind, int start, int end) {
    boolean found = false;
    for (int i = 0; i < count; i++) {
      if (starts[i] == start && kinds[i] == (byte) kind.ordinal()) {
        ends[i] = Math.max(ends[i], end);
        found = true;
      }
    }
    if (!found) {
      add(kind, start, end);
    }
  }

  /** The claims in input order, each character in at most one, empty ones left out. */
  List<Region> resolved() {
    List<Region> out = new ArrayList<>(count);
    int covered = 0;
    for (long key : sorted()) {
      int claim = (int) key;
      int start = Math.max(starts[claim], covered);
      if (ends[claim] > start) {
        out.add(Region.of(KINDS[kinds[claim]], SourceSpan.of(start, ends[claim])));
        covered = ends[claim];
      }
    }
    return out;
  }

  /**
   * The stretches of the folded text {@code f} that hold a non-blank character and that no claim
   * covers, as {@code [start, end)} pairs trimmed of blanks and line breaks at both ends.
   */
  List<int[]> gaps(String f) {
    List<int[]> out = new ArrayList<>();
    int covered = 0;
    for (long key : sorted()) {
      int claim = (int) key;
      if (starts[claim] > covered) {
        gap(f, covered, starts[claim], out);
      }
      covered = Math.max(covered, ends[claim]);
    }
    gap(f, covered, f.length(), out);
    return out;
  }

  private static void gap(String f, int from, int to, List<int[]> out) {
    int s = from;
    while (s < to && isBlank(f.charAt(s))) {
      s++;
    }
    int e = to;
    while (e > s && isBlank(f.charAt(e - 1))) {
      e--;
    }
    if (e > s) {
      out.add(new int[] {s, e});
    }
  }

  private static boolean isBlank(char c) {
    return TextChars.isBlank(c) || TextChars.isLineBreak(c);
  }

  /**
   * The claims by start, then in the order claimed: each as {@code start << 32 | index}, so that
   * a sort of plain longs orders them.
   */
  private long[] sorted() {
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = (long) starts[i] << 32 | i;
    }
    Arrays.sort(keys);
    return keys;
  }
}
