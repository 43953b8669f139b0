package io.github.policytasks.tracking.ledger;

/**
 * The width of text in terminal columns: East Asian wide and fullwidth characters (汉字, 、, （）,
 * full-width digits) take two columns, combining marks and format characters none, everything
 * else one. Ambiguous-width characters such as {@code “} and {@code —} count as one, as most
 * terminals draw them. Stateless and thread-safe.
 */
public final class DisplayWidth {
  private static final int[][] WIDE = {
    {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x2E80, 0x303E}, {0x3041, 0x33FF},
    {0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA000, 0xA4CF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3},
    {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F}, {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6},
    {0x1F300, 0x1F64F}, {0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}
  };

  private DisplayWidth() {}

  /**
   * {@return the number of terminal columns {@code text} takes}
   *
   * @param text the text to read
   */
  public static int of(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * {@return the number of terminal columns the code point {@code cp} takes: 0, 1 or 2}
   *
   * @param cp a code point
   */
  public static int of(int cp) {
    int type = Character.getType(cp);
    if (cp == 0x200B
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    for (int[] range : WIDE) {
      if (cp < range[0]) {
        return 1;
      }
      if (cp <= range[1]) {
        return 2;
      }
    }
    return 1;
  }

  /**
   * {@return {@code text} cut to at most {@code maxWidth} columns, ending in {@code …} when
   * anything was cut}
   *
   * @param text the text to read
   * @param maxWidth the largest display width
   * @throws IllegalArgumentException if {@code maxWidth} is less than 1
   */
  public static String truncate(String text, int maxWidth) {
    if (maxWidth < 1) {
      throw new IllegalArgumentException("maxWidth " + maxWidth + " is less than 1");
    }
    if (of(text) <= maxWidth) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = of(cp);
      if (width + w > maxWidth - 1) {
        break;
      }
      kept.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return kept.append('…').toString();
  }

  /**
   * {@return {@code text} broken into lines of at most {@code width} columns, nothing cut: a break
   * falls after a space or CJK punctuation (、，。；：）) when one is near, else between any two
   * characters (Chinese has no spaces); a single character wider than {@code width} stands on its
   * own line}
   *
   * @param text the text to read
   * @param width a display width, in terminal columns
   * @throws IllegalArgumentException if {@code width} is less than 1
   */
  public static java.util.List<String> wrap(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width " + width + " is less than 1");
    }
    java.util.List<String> lines = new java.util.ArrayList<>();
    String rest = text;
    while (of(rest) > width) {
      int cut = 0;
      int used = 0;
      int lastBreak = -1;
      while (cut < rest.length()) {
        int cp = rest.codePointAt(cut);
        int w = of(cp);
        if (used + w > width && cut > 0) {
          break;
        }
        used += w;
        cut += Character.charCount(cp);
        if (cp == ' ' || "、，。；：）,;:)".indexOf(cp) >= 0) {
          lastBreak = cut;
        }
      }
      if (lastBreak > 0 && lastBreak >= cut * 2 / 3 && lastBreak < rest.length()) {
        cut = lastBreak;
      }
      lines.add(rest.substring(0, cut).stripTrailing());
      rest = rest.substring(cut).stripLeading();
    }
    lines.add(rest);
    return lines;
  }

  /**
   * {@return {@code text} followed by spaces up to {@code width} columns}
   *
   * @param text the text to read
   * @param width a display width, in terminal columns
   */
  public static String padRight(String text, int width) {
    int pad = width - of(text);
    return pad <= 0 ? text : text + " ".repeat(pad);
  }

  /**
   * {@return spaces up to {@code width} columns, followed by {@code text}}
   *
   * @param text the text to read
   * @param width a display width, in terminal columns
   */
  public static String padLeft(String text, int width) {
    int pad = width - of(text);
    return pad <= 0 ? text : " ".repeat(pad) + text;
  }
}
