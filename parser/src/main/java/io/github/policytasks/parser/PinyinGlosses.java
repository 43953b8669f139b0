package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanJson;
import org.jspecify.annotations.Nullable;

/**
 * The pinyin glosses some crawls print after characters ({@code 發(fā)展}, {@code 號(hào)}; issue 10,
 * crawled copies): a bracket ({@code ()} or {@code （）}) right after an ideograph that holds one
 * syllable of pinyin with a tone mark. A careful reader drops them; the parser reads the text without them ({@link
 * #stripped}) and then gives every span of the plan back as offsets into the text as written
 * ({@link #restore}), with one {@link DiagnosticCode#PINYIN_GLOSSES} remark that spans the glosses,
 * so nothing is lost. Taken only where at least {@value #MIN_GLOSSES} glosses stand in the text.
 * Immutable.
 */
final class PinyinGlosses {
  /** The fewest glosses that make a glossed copy. */
  static final int MIN_GLOSSES = 3;
  /** The longest syllable of pinyin ({@code zhuāng}). */
  private static final int MAX_SYLLABLE = 6;
  /** Vowels with a tone mark: a gloss holds at least one. */
  private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  private final String stripped;
  /** For each char of {@link #stripped}, its offset in the text as written; one more entry for the end. */
  private final int[] written;
  private final int count;
  private final int first;
  private final int last;

  private PinyinGlosses(String stripped, int[] written, int count, int first, int last) {
    this.stripped = stripped;
    this.written = written;
    this.count = count;
    this.first = first;
    this.last = last;
  }

  /** The glosses of {@code text}, or null when it holds fewer than {@value #MIN_GLOSSES}. */
  static @Nullable PinyinGlosses find(String text) {
    int count = 0;
    for (int i = 1; i < text.length() && count < MIN_GLOSSES; i++) {
      if (isOpen(text.charAt(i)) && glossEnd(text, i) > 0) {
        count++;
      }
    }
    if (count < MIN_GLOSSES) {
      return null;
    }
    StringBuilder out = new StringBuilder(text.length());
    int[] written = new int[text.length() + 1];
    int n = 0;
    int found = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < text.length(); i++) {
      int end = isOpen(text.charAt(i)) ? glossEnd(text, i) : -1;
      if (end > 0) {
        found++;
        first = first < 0 ? i : first;
        last = end;
        i = end - 1;
        continue;
      }
      out.append(text.charAt(i));
      written[n++] = i;
    }
    written[n] = text.length();
    int[] map = new int[n + 1];
    System.arraycopy(written, 0, map, 0, n + 1);
    return new PinyinGlosses(out.toString(), map, found, first, last);
  }

  /** Where the gloss opening at {@code open} ends (after its bracket), or -1 when none opens there. */
  private static int glossEnd(String text, int open) {
    if (open == 0 || !TextChars.isIdeograph(text.charAt(open - 1))) {
      return -1;
    }
    boolean toned = false;
    int i = open + 1;
    while (i < text.length() && i - open - 1 < MAX_SYLLABLE) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c == 'ü') {
        i++;
      } else if (TONED.indexOf(c) >= 0) {
        toned = true;
        i++;
      } else {
        break;
      }
    }
    char open0 = text.charAt(open);
    char close = open0 == '(' ? ')' : '）';
    return toned && i < text.length() && text.charAt(i) == close ? i + 1 : -1;
  }

  private static boolean isOpen(char c) {
    return c == '(' || c == '（';
  }

  /** The text without its glosses. */
  String stripped() {
    return stripped;
  }

  /**
   * {@code plan}, read from {@link #stripped}, with every span given as offsets into {@code text}
   * (the text as written), each diagnostic's line and column told again there, and a remark first
   * among the diagnostics that spans the glosses. Goes through the plan's JSON contract, whose spans
   * are written {@code "span":{"start":…,"end":…}} and whose diagnostics go on with their line and
   * column.
   */
  Plan restore(Plan plan, String text) {
    SourceText source = new SourceText(text);
    String json = PlanJson.writeCompact(plan);
    StringBuilder out = new StringBuilder(json.length() + 256);
    int from = 0;
    for (int at = json.indexOf(SPAN); at >= 0; at = json.indexOf(SPAN, from)) {
      int startEnd = digitsEnd(json, at + SPAN.length());
      int start = Integer.parseInt(json.substring(at + SPAN.length(), startEnd));
      int endAt = startEnd + END.length();
      int endEnd = digitsEnd(json, endAt);
      int end = Integer.parseInt(json.substring(endAt, endEnd));
      int writtenStart = written[start];
      int writtenEnd = end == start ? writtenStart : written[end - 1] + 1;
      out.append(json, from, at).append(SPAN).append(writtenStart).append(END).append(writtenEnd).append('}');
      from = endEnd + 1;
      if (json.startsWith(LINE, from)) {
        int lineEnd = digitsEnd(json, from + LINE.length());
        int columnEnd = digitsEnd(json, lineEnd + COLUMN.length());
        out.append(LINE).append(source.line(writtenStart)).append(COLUMN).append(source.column(writtenStart));
        from = columnEnd;
      }
    }
    out.append(json, from, json.length());
    int diagnostics = out.indexOf(DIAGNOSTICS) + DIAGNOSTICS.length();
    String remark = "{\"severity\":\"" + DiagnosticCode.PINYIN_GLOSSES.severity().name() + "\",\"code\":\""
        + DiagnosticCode.PINYIN_GLOSSES.name() + "\",\"message\":\"" + count
        + " pinyin glosses in brackets were set aside; the text was read without them\"," + SPAN + first + END + last
        + "}" + LINE + source.line(first) + COLUMN + source.column(first) + "}";
    out.insert(diagnostics, out.charAt(diagnostics) == ']' ? remark : remark + ",");
    return PlanJson.read(out.toString());
  }

  private static final String SPAN = "\"span\":{\"start\":";
  private static final String END = ",\"end\":";
  private static final String LINE = ",\"line\":";
  private static final String COLUMN = ",\"column\":";
  private static final String DIAGNOSTICS = "\"diagnostics\":[";

  private static int digitsEnd(String json, int from) {
    int i = from;
    while (i < json.length() && json.charAt(i) >= '0' && json.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
