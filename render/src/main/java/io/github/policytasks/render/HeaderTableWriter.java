package io.github.policytasks.render;

import io.github.policytasks.core.PlanMetadata;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan's portal metadata as the header tables of web copies: the four-column table
 * ({@code 索 引 号: | 暂无 | 主题分类: | 暂无 |}) and the two-column one (one key per row). An
 * absent value is written {@code 暂无}, an absent 统一编号 {@code 无}, as portals do; dates are ISO
 * dates. Immutable and thread-safe.
 */
final class HeaderTableWriter {
  private static final String ABSENT = "暂无";
  private final RenderStyle style;

  HeaderTableWriter(RenderStyle style) {
    this.style = style;
  }

  /** Hands each line of the tables the style asks for to {@code line}. */
  void write(PlanMetadata metadata, Consumer<String> line) {
    HeaderTable table = style.headerTable();
    if (table == HeaderTable.FOUR_COLUMNS || table == HeaderTable.BOTH) {
      fourColumns(metadata).forEach(line);
    }
    if (table == HeaderTable.TWO_COLUMNS || table == HeaderTable.BOTH) {
      twoColumns(metadata).forEach(line);
    }
  }

  private List<String> fourColumns(PlanMetadata m) {
    return List.of(
        key("索 引 号") + " | " + value(m.indexNumber()) + " | " + key("主题分类") + " | "
            + value(m.topic()) + " |",
        "---|---|---|---|",
        key("成文日期") + " | " + date(m.writtenDate()) + " | " + key("发布日期") + " | "
            + date(m.publishedDate()) + " |",
        key("发布机关") + " | " + value(m.issuer()) + " | " + key("统一编号") + " | "
            + unified(m.unifiedNumber()) + " |",
        key("标 题") + " | " + value(m.title()) + " | ||",
        key("发文字号") + " | " + value(m.documentNumber()) + " | " + key("有 效 性") + " | "
            + value(m.validity()) + " |");
  }

  private List<String> twoColumns(PlanMetadata m) {
    return List.of(
        key("发布机关") + " | " + value(m.issuer()) + " |",
        "---|---|",
        key("索 引 号") + " | " + value(m.indexNumber()) + " |",
        key("主题分类") + " | " + value(m.topic()) + " |",
        key("成文日期") + " | " + date(m.writtenDate()) + " |",
        key("发布日期") + " | " + date(m.publishedDate()) + " |",
        key("统一编号") + " | " + unified(m.unifiedNumber()) + " |",
        key("标 题") + " | " + value(m.title()) + " |",
        key("发文字号") + " | " + value(m.documentNumber()) + " |",
        key("有 效 性") + " | " + value(m.validity()) + " |");
  }

  private String key(String name) {
    return name + (style.punctuation() == Punctuation.FULL_WIDTH ? "：" : ":");
  }

  private static String value(@Nullable String value) {
    return value == null ? ABSENT : value;
  }

  private static String unified(@Nullable String value) {
    return value == null ? "无" : value;
  }

  private static String date(@Nullable LocalDate date) {
    return date == null ? ABSENT : date.toString();
  }
}
