package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.PlanMetadata;
import io.github.policytasks.metrics.lexicon.DocumentKinds;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.PortalField;
import io.github.policytasks.metrics.lexicon.PortalHeaderKeys;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the publishing portal's header (the keys of {@code portal-header-keys.txt}: 索引号,
 * 主题分类, 成文日期, 发布日期, 发布机关, 统一编号, 标题, 发文字号, 有效性 and their other spellings;
 * keys of no field, such as 公开方式, only end the value before them) from pipe-table rows in
 * either layout ({@code 索 引 号: | 暂无 | 主题分类: | 暂无 |} or {@code 标 题: | … |}) or from
 * lines of {@code key：value} pairs, a list bullet allowed before them. Spaces inside a key are
 * ignored; {@code 暂无} and {@code 无} mean absent; when the header appears twice the first value
 * is kept and a differing second one is reported. Not thread-safe: one reader serves one parse.
 */
final class HeaderReader {

  private final SourceText source;
  private final String f;
  private final DiagnosticCollector diagnostics;
  private final Map<PortalField, String> values = new EnumMap<>(PortalField.class);
  private final Map<PortalField, int[]> spans = new EnumMap<>(PortalField.class);
  private final Map<PortalField, Boolean> seen = new EnumMap<>(PortalField.class);

  HeaderReader(SourceText source, String folded, DiagnosticCollector diagnostics) {
    this.source = source;
    this.f = folded;
    this.diagnostics = diagnostics;
  }

  /** Reads {@code line} when it is a header row; returns whether it was one. */
  boolean accept(Line line) {
    boolean pipes = PipeCells.isRow(f, line);
    if (!pipes) {
      return acceptPairs(line);
    }
    List<PipeCells.Cell> cells = PipeCells.split(f, line);
    boolean any = false;
    for (int k = 0; k < cells.size(); k++) {
      PipeCells.Cell cell = cells.get(k);
      String key = keyOf(PipeCells.compact(f, cell));
      PortalField field = PortalHeaderKeys.field(key);
      if (field != null) {
        if (k + 1 < cells.size() && !isKeyCell(cells.get(k + 1))) {
          PipeCells.Cell value = cells.get(++k);
          set(field, value.start(), value.end());
        } else {
          set(field, cell.end(), cell.end());
        }
        any = true;
        continue;
      }
      int colon = indexOf(':', cell.start(), cell.end());
      if (colon > cell.start()) {
        PortalField inline = PortalHeaderKeys.field(PipeCells.compact(f, new PipeCells.Cell(cell.start(), colon)));
        if (inline != null) {
          set(inline, LineShapes.skipBlanks(f, colon + 1, cell.end()), cell.end());
          any = true;
        }
      }
    }
    return any;
  }

  /**
   * Whether {@code cell} is a key of its own ({@code 发布日期:}): the key before it has an empty
   * value the portal left out ({@code 成文日期: | 发布日期: | 2020-04-09 |}), not this cell as its
   * value.
   */
  private boolean isKeyCell(PipeCells.Cell cell) {
    String compact = PipeCells.compact(f, cell);
    return (compact.endsWith(":") || isBracketed(compact)) && PortalHeaderKeys.field(keyOf(compact)) != null;
  }

  /**
   * The key a header cell spells: without its colon ({@code 索引号:}), or without the square
   * brackets some portals print around it ({@code [ 索引号 ]}, Chongqing township portals).
   */
  private static String keyOf(String compact) {
    if (isBracketed(compact)) {
      return compact.substring(1, compact.length() - 1);
    }
    return compact.endsWith(":") ? compact.substring(0, compact.length() - 1) : compact;
  }

  private static boolean isBracketed(String compact) {
    return compact.length() > 2 && (compact.charAt(0) == '[' && compact.charAt(compact.length() - 1) == ']'
        || compact.charAt(0) == '【' && compact.charAt(compact.length() - 1) == '】');
  }

  /**
   * The field of a line that holds a header key and nothing else ({@code • 索引号:}, {@code 发文字号：},
   * or, after a list bullet, {@code • 发布日期} without its colon): a portal that lays its header
   * out as a list prints each value on the line after its key. Null when the line is no such line.
   */
  @Nullable PortalField keyAlone(Line line) {
    int end = line.contentEnd();
    int start = line.contentStart();
    int first = afterBullet(start, end);
    KeyAt key = keyAt(first, end);
    if (key != null) {
      return LineShapes.skipBlanks(f, key.end(), end) == end ? key.field() : null;
    }
    if (first == start) {
      return null;
    }
    String compact = PipeCells.compact(f, new PipeCells.Cell(first, end));
    return PortalHeaderKeys.field(compact);
  }

  /**
   * Whether {@code next}, the first non-blank line after a key alone ({@link #keyAlone}), is that
   * key's value. It is no key line itself, and it stands as a value of a list layout does: after a
   * list bullet of its own, or indented deeper than the key line (a value aligned under the key's
   * text after its bullet counts). A line at the key's own indent is its value only when the key
   * names a field and the line is short, holds no sentence punctuation and ends in no kind of
   * document ({@code 2024年04月06日 16:40}, {@code 镇政发〔2024〕7号}); any other line (the plan's
   * title after an empty {@code 内容概述:}) leaves the key without a value.
   */
  boolean isValueOf(PortalField field, Line keyLine, Line next) {
    int end = next.contentEnd();
    if (next.isBlank() || keyAlone(next) != null || keyAt(afterBullet(next.contentStart(), end), end) != null) {
      return false;
    }
    if (BULLETS.indexOf(f.charAt(next.contentStart())) >= 0) {
      return afterBullet(next.contentStart(), end) < end;
    }
    if (next.contentStart() - next.start() > keyLine.contentStart() - keyLine.start()) {
      return true;
    }
    return field != PortalField.OTHER && next.length() <= MAX_BARE_VALUE && !hasSentencePunctuation(next)
        && !DocumentKinds.endsTitle(f.subSequence(next.contentStart(), end));
  }

  /** The longest value that may stand at its key's own indent ({@link #isValueOf}). */
  private static final int MAX_BARE_VALUE = 40;

  private boolean hasSentencePunctuation(Line line) {
    for (int i = line.contentStart(); i < line.contentEnd(); i++) {
      if ("。，；！？,;".indexOf(f.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Reads a key alone and its value line ({@link #isValueOf}); {@code value} null when it has none. */
  void acceptKeyAlone(PortalField field, Line keyLine, @Nullable Line value) {
    if (value == null) {
      set(field, keyLine.contentEnd(), keyLine.contentEnd());
    } else {
      int start = afterBullet(value.contentStart(), value.contentEnd());
      set(field, start, value.contentEnd());
    }
  }

  /** The list bullets a portal may print before each header pair ({@code • 索引号:…}). */
  private static final String BULLETS = "•●▪◆";

  /** Where a line's first key may start: after a list bullet and the blanks after it. */
  private int afterBullet(int start, int end) {
    return start < end && BULLETS.indexOf(f.charAt(start)) >= 0 ? LineShapes.skipBlanks(f, start + 1, end) : start;
  }

  /** A header key found in a line: which field, and the offset after its colon. */
  /** A header key's field and where its colon ends. */
  record KeyAt(PortalField field, int end) {}

  /**
   * Reads a line of {@code key：value} pairs separated by spaces or tabs ({@code 索引号：暂无
   * 主题分类：综合政务}), or run on after a value's last digit ({@code 发布时间:2022-05-07
   * 09:47:00来源:…}); the line must open with a key.
   */
  private boolean acceptPairs(Line line) {
    int end = line.contentEnd();
    KeyAt key = keyAt(afterBullet(line.contentStart(), end), end);
    if (key == null) {
      return false;
    }
    while (key != null) {
      int valueStart = LineShapes.skipBlanks(f, key.end(), end);
      KeyAt next = null;
      int nextStart = end;
      for (int i = valueStart + 1; i < end && next == null; i++) {
        if (TextChars.isBlank(f.charAt(i - 1)) || TextChars.isDigit(f.charAt(i - 1))) {
          next = keyAt(i, end);
          nextStart = i;
        }
      }
      int valueEnd = LineShapes.skipBlanksBack(f, valueStart, next == null ? end : nextStart);
      set(key.field(), valueStart, valueEnd);
      key = next;
    }
    return true;
  }

  /**
   * The first chars of the header keys: a key is spelled from its first char on, so no key stands
   * where another char does, and {@link #keyAt} answers there without trying every spelling.
   */
  private static final long[] KEY_FIRST_CHARS = keyFirstChars();

  private static long[] keyFirstChars() {
    long[] set = TextChars.charSet("");
    for (String spelling : PortalHeaderKeys.keys()) {
      if (spelling.isEmpty()) {
        throw new IllegalStateException("an empty portal header key");
      }
      TextChars.add(set, spelling.charAt(0));
    }
    return set;
  }

  /**
   * The header key spelled at {@code i} (spaces between its characters and before its colon
   * allowed; the longest key of {@code portal-header-keys.txt} that matches) and its colon; null
   * at once where no key's first char stands.
   */
  @Nullable KeyAt keyAt(int i, int end) {
    if (i >= end || !TextChars.in(KEY_FIRST_CHARS, f.charAt(i))) {
      return null;
    }
    return keyAtTryingEverySpelling(i, end);
  }

  /** {@link #keyAt} by trying every spelling at {@code i}: the reference its first-char test is held to. */
  @Nullable KeyAt keyAtTryingEverySpelling(int i, int end) {
    KeyAt found = null;
    int longest = 0;
    for (String spelling : PortalHeaderKeys.keys()) {
      if (spelling.length() <= longest) {
        continue;
      }
      int j = i;
      int matched = 0;
      while (j < end && matched < spelling.length()) {
        char c = f.charAt(j);
        if (c == spelling.charAt(matched)) {
          matched++;
          j++;
        } else if (TextChars.isBlank(c) && matched > 0) {
          j++;
        } else {
          break;
        }
      }
      if (matched == spelling.length()) {
        int colon = LineShapes.skipBlanks(f, j, end);
        if (colon < end && f.charAt(colon) == ':') {
          found = new KeyAt(PortalHeaderKeys.field(spelling), colon + 1);
          longest = spelling.length();
        }
      }
    }
    return found;
  }

  private int indexOf(char c, int start, int end) {
    for (int i = start; i < end && i < start + 12; i++) {
      if (f.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private void set(PortalField field, int start, int end) {
    if (field == PortalField.OTHER) {
      return;
    }
    String value = source.text().substring(start, end).strip();
    String folded = Folding.fold(value).replace(" ", "");
    boolean absent = folded.isEmpty() || folded.equals("暂无") || folded.equals("无") || folded.equals("-")
        || folded.equals("—") || folded.equals("/") || folded.equals("空");
    if (seen.containsKey(field)) {
      String kept = values.get(field);
      String now = absent ? null : value;
      if (now != null && kept != null && !Folding.fold(kept).replace(" ", "").equals(folded)) {
        diagnostics.report(DiagnosticCode.METADATA_CONFLICT,
            "header value \"" + value + "\" differs from the first one, \"" + kept + "\"; the first is kept",
            start, end);
      }
      if (kept == null && now != null) {
        values.put(field, now);
        spans.put(field, new int[] {start, end});
      }
      return;
    }
    seen.put(field, Boolean.TRUE);
    if (!absent) {
      values.put(field, value);
      spans.put(field, new int[] {start, end});
    }
  }

  /** The header read so far; dates that do not read as dates are reported and left out. */
  PlanMetadata metadata() {
    return PlanMetadata.builder()
        .title(values.get(PortalField.TITLE))
        .documentNumber(values.get(PortalField.DOCUMENT_NUMBER))
        .issuer(values.get(PortalField.ISSUER))
        .writtenDate(date(PortalField.WRITTEN_DATE))
        .publishedDate(date(PortalField.PUBLISHED_DATE))
        .indexNumber(values.get(PortalField.INDEX_NUMBER))
        .topic(values.get(PortalField.TOPIC))
        .unifiedNumber(values.get(PortalField.UNIFIED_NUMBER))
        .validity(values.get(PortalField.VALIDITY))
        .build();
  }

  /**
   * {@code value} without the time of day a portal may print after its date ({@code 2020-04-09
   * 08:44}, {@code 2023年03月02日 10:15:30}): the date is the field; the time is not read.
   */
  private static String withoutTimeOfDay(String value) {
    String stripped = value.strip();
    int blank = stripped.lastIndexOf(' ');
    if (blank < 0) {
      return stripped;
    }
    String tail = stripped.substring(blank + 1);
    return isTimeOfDay(tail) ? stripped.substring(0, blank) : stripped;
  }

  /**
   * Whether {@code text} is a time of day, {@code H:MM}, {@code HH:MM} or either with {@code :SS}
   * (ASCII digits), checked by hand: a regular expression here was the only one a parse
   * compiled, and loading and compiling it cost a one-file run more than every use of it.
   */
  static boolean isTimeOfDay(String text) {
    int colon = text.indexOf(':');
    if (colon < 1 || colon > 2 || !digits(text, 0, colon)) {
      return false;
    }
    int length = text.length();
    return length == colon + 3 && digits(text, colon + 1, length)
        || length == colon + 6 && digits(text, colon + 1, colon + 3)
            && text.charAt(colon + 3) == ':' && digits(text, colon + 4, length);
  }

  private static boolean digits(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private @Nullable LocalDate date(PortalField field) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    String folded = withoutTimeOfDay(Folding.fold(value)).replace(" ", "");
    LocalDate date = DateReader.read(folded, 0, folded.length());
    if (date == null) {
      int[] span = spans.get(field);
      diagnostics.report(DiagnosticCode.METADATA_DATE_UNREAD,
          "header date \"" + value + "\" is not a date; left out", span[0], span[1]);
    }
    return date;
  }
}
