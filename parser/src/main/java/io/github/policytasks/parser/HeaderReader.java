package io.github.policytasks.parser;

import io.github.policytasks.core.PlanMetadata;
import io.github.policytasks.core.Severity;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the publishing portal's header (索引号, 主题分类, 成文日期, 发布日期, 发布机关, 统一编号, 标题,
 * 发文字号, 有效性) from pipe-table rows in either layout ({@code 索 引 号: | 暂无 | 主题分类: |
 * 暂无 |} or {@code 标 题: | … |}) or from {@code 标题：…} lines. Spaces inside a key are ignored;
 * {@code 暂无} and {@code 无} mean absent; when the header appears twice the first value is kept
 * and a differing second one is reported. Not thread-safe: one reader serves one parse.
 */
final class HeaderReader {

  private enum Field {
    INDEX_NUMBER("索引号"),
    TOPIC("主题分类"),
    WRITTEN_DATE("成文日期"),
    PUBLISHED_DATE("发布日期"),
    ISSUER("发布机关", "发文机关", "发文单位"),
    UNIFIED_NUMBER("统一编号"),
    TITLE("标题", "文件标题"),
    DOCUMENT_NUMBER("发文字号", "文号"),
    VALIDITY("有效性");

    private final String[] keys;

    Field(String... keys) {
      this.keys = keys;
    }

    static @Nullable Field of(String compactKey) {
      for (Field field : values()) {
        for (String key : field.keys) {
          if (key.equals(compactKey)) {
            return field;
          }
        }
      }
      return null;
    }
  }

  private final SourceText source;
  private final String f;
  private final DiagnosticCollector diagnostics;
  private final Map<Field, String> values = new EnumMap<>(Field.class);
  private final Map<Field, Boolean> seen = new EnumMap<>(Field.class);

  HeaderReader(SourceText source, String folded, DiagnosticCollector diagnostics) {
    this.source = source;
    this.f = folded;
    this.diagnostics = diagnostics;
  }

  /** Reads {@code line} when it is a header row; returns whether it was one. */
  boolean accept(Line line) {
    boolean pipes = PipeCells.isRow(f, line);
    List<PipeCells.Cell> cells = pipes
        ? PipeCells.split(f, line)
        : List.of(new PipeCells.Cell(line.contentStart(), line.contentEnd()));
    boolean any = false;
    for (int k = 0; k < cells.size(); k++) {
      PipeCells.Cell cell = cells.get(k);
      String compact = PipeCells.compact(f, cell);
      String key = compact.endsWith(":") ? compact.substring(0, compact.length() - 1) : compact;
      Field field = pipes ? Field.of(key) : null;
      if (field != null) {
        if (k + 1 < cells.size()) {
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
        Field inline = Field.of(PipeCells.compact(f, new PipeCells.Cell(cell.start(), colon)));
        if (inline != null) {
          set(inline, LineShapes.skipBlanks(f, colon + 1, cell.end()), cell.end());
          any = true;
        }
      }
      if (!pipes) {
        break;
      }
    }
    return any;
  }

  private int indexOf(char c, int start, int end) {
    for (int i = start; i < end && i < start + 12; i++) {
      if (f.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private void set(Field field, int start, int end) {
    String value = source.text().substring(start, end).strip();
    String folded = TextFold.fold(value).replace(" ", "");
    boolean absent = folded.isEmpty() || folded.equals("暂无") || folded.equals("无") || folded.equals("-")
        || folded.equals("—") || folded.equals("/") || folded.equals("空");
    if (seen.containsKey(field)) {
      String kept = values.get(field);
      String now = absent ? null : value;
      if (now != null && kept != null && !TextFold.fold(kept).replace(" ", "").equals(folded)) {
        diagnostics.report(Severity.INFO, "METADATA_CONFLICT",
            "header value \"" + value + "\" differs from the first one, \"" + kept + "\"; the first is kept",
            start, end);
      }
      if (kept == null && now != null) {
        values.put(field, now);
      }
      return;
    }
    seen.put(field, Boolean.TRUE);
    if (!absent) {
      values.put(field, value);
    }
  }

  /** The header read so far; dates that do not read as dates are reported and left out. */
  PlanMetadata metadata() {
    return PlanMetadata.builder()
        .title(values.get(Field.TITLE))
        .documentNumber(values.get(Field.DOCUMENT_NUMBER))
        .issuer(values.get(Field.ISSUER))
        .writtenDate(date(Field.WRITTEN_DATE))
        .publishedDate(date(Field.PUBLISHED_DATE))
        .indexNumber(values.get(Field.INDEX_NUMBER))
        .topic(values.get(Field.TOPIC))
        .unifiedNumber(values.get(Field.UNIFIED_NUMBER))
        .validity(values.get(Field.VALIDITY))
        .build();
  }

  private @Nullable LocalDate date(Field field) {
    String value = values.get(field);
    if (value == null) {
      return null;
    }
    String folded = TextFold.fold(value).replace(" ", "");
    return DateReader.read(folded, 0, folded.length());
  }
}
