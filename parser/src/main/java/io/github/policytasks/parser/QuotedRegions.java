package io.github.policytasks.parser;

/**
 * The parts of a text that are names, not statements: quotations ({@code “四个一”}, {@code
 * "1+N"}, {@code 「…」}), titles ({@code 《…》}) and document-number brackets ({@code 〔2023〕},
 * {@code 【…】}, {@code [2023]}). A figure inside one of them is never a target (annotation guide
 * §3, "Not targets"). An opening mark without its closing mark within a short reach is taken as
 * a stray mark and opens nothing, so one unbalanced quote cannot hide the rest of a task.
 * Computed once per text in linear time; immutable after construction.
 */
final class QuotedRegions {
  private static final int QUOTE_REACH = 32;
  private static final int TITLE_REACH = 160;
  private static final int BRACKET_REACH = 16;

  private final boolean[] inside;

  private QuotedRegions(boolean[] inside) {
    this.inside = inside;
  }

  /** The quoted regions of {@code text}. */
  static QuotedRegions of(CharSequence text) {
    int length = text.length();
    boolean[] inside = new boolean[length];
    int i = 0;
    while (i < length) {
      char open = text.charAt(i);
      char close = closingMark(open);
      if (close == 0) {
        i++;
        continue;
      }
      int reach = Math.min(length, i + 1 + reachOf(open));
      int j = i + 1;
      while (j < reach && text.charAt(j) != close) {
        j++;
      }
      if (j < reach) {
        for (int k = i; k <= j; k++) {
          inside[k] = true;
        }
        i = j + 1;
      } else {
        i++;
      }
    }
    return new QuotedRegions(inside);
  }

  private static char closingMark(char open) {
    switch (open) {
      case '“': return '”';
      case '‘': return '’';
      case '"': return '"';
      case '「': return '」';
      case '『': return '』';
      case '《': return '》';
      case '〈': return '〉';
      case '〔': return '〕';
      case '【': return '】';
      case '[': return ']';
      default: return 0;
    }
  }

  private static int reachOf(char open) {
    switch (open) {
      case '《':
      case '〈':
        return TITLE_REACH;
      case '〔':
      case '【':
      case '[':
        return BRACKET_REACH;
      default:
        return QUOTE_REACH;
    }
  }

  /** Whether the character at {@code index} lies inside a quotation, title or bracket. */
  boolean contains(int index) {
    return inside[index];
  }

  /** Whether any character of {@code [start, end)} lies inside a quotation, title or bracket. */
  boolean touches(int start, int end) {
    for (int i = start; i < end; i++) {
      if (inside[i]) {
        return true;
      }
    }
    return false;
  }
}
