package io.github.policytasks.parser;

import io.github.policytasks.core.Region;
import io.github.policytasks.core.RegionKind;
import io.github.policytasks.core.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The regions of one parse as the readers claim them, in any order: {@link #resolved()} puts
 * them in input order and gives a character claimed twice to the region that starts first, so
 * that regions never overlap; {@link #gaps} finds the non-blank stretches no region claims. Not
 * thread-safe: one parse fills one instance.
 */
final class Regions {
  private record Claim(RegionKind kind, int start, int end, int order) {}

  private final List<Claim> claims = new ArrayList<>();

  /** Claims {@code [start, end)} as {@code kind}; an empty stretch claims nothing. */
  void add(RegionKind kind, int start, int end) {
    if (end > start && start >= 0) {
      claims.add(new Claim(kind, start, end, claims.size()));
    }
  }

  /** The claims in input order, each character in at most one, empty ones left out. */
  List<Region> resolved() {
    List<Region> out = new ArrayList<>();
    int covered = 0;
    for (Claim claim : sorted()) {
      int start = Math.max(claim.start(), covered);
      if (claim.end() > start) {
        out.add(Region.of(claim.kind(), SourceSpan.of(start, claim.end())));
        covered = claim.end();
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
    for (Claim claim : sorted()) {
      if (claim.start() > covered) {
        gap(f, covered, claim.start(), out);
      }
      covered = Math.max(covered, claim.end());
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

  private List<Claim> sorted() {
    List<Claim> all = new ArrayList<>(claims);
    all.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::order));
    return all;
  }
}
