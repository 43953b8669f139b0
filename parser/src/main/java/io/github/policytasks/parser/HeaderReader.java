package io.github.policytasks.parser;

import io.github.policytasks.core.DiagnosticCode;
import io.github.policytasks.core.PlanMetadata;
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
      String compact = PipeCells.compact(f, cell);
      String key = compact.endsWith(":") ? compact.substring(0, compact.length() - 1) : compact;
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
    return compact.endsWith(":") && PortalHeaderKeys.field(compact.substring(0, compact.length() - 1)) != null;
  }

  /** The list bullets a portal may print before each header pair ({@code • 索引号:…}). */
  private static final String BULLETS = "•●▪◆";

  /** Where a line's first key may start: after a list bullet and the blanks after it. */
  private int afterBullet(int start, int end) {
    return start < end && BULLETS.indexOf(f.charAt(start)) >= 0 ? LineShapes.skipBlanks(f, start + 1, end) : start;
  }

  /** A header key found in a line: which field, and the offset after its colon. */
  private record KeyAt(PortalField field, int end) {}

  /**
   * Reads a line of {@code key：value} pairs separated by spaces or tabs ({@code 索引号：暂无
   * 主题分类：综合政务}); the line must open with a key.
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
        if (TextChars.isBlank(f.charAt(i - 1))) {
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
   * The header key spelled at {@code i} (spaces between its characters and before its colon
   * allowed; the longest key of {@code portal-header-keys.txt} that matches) and its colon.
   */
  private @Nullable KeyAt keyAt(int i, int end) {
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
