package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The plan year as a document-wide fact, resolved in one named step the way {@code java.time}'s
 * {@code Parsed.resolve()} resolves its fields: while the document is read, each place that can
 * state a year records what it states under its {@link Source}; {@link #resolve} then takes the
 * year of the first source, in the order of the annotation guide (§1, §6 "The plan year"): the
 * plan title, else the notice title or the plan title it cites, else the portal's 标题, else the
 * notice's own date (its signature at the head of the plan, or the closing signature of a
 * document that is its own notice), else the portal's 成文日期, else the year of the document
 * number ({@code 国发〔2018〕39号}: the year the document was issued), else the year the plan's
 * text says its period starts ({@code 2012年起5年内}). A source recorded twice
 * keeps its first value. Not thread-safe: one instance serves one parse.
 */
final class PlanYear {

  /** Where a year can be stated, in the order the plan year is taken from them. */
  enum Source {
    /** The plan's own title line ({@code 某县2023年重点工作任务}). */
    PLAN_TITLE,
    /** The covering notice's heading ({@code 关于印发…2023年…的通知}). */
    NOTICE_TITLE,
    /** The plan title the notice heading cites ({@code 《…2024年…方案》}). */
    CITED_TITLE,
    /** The portal header's 标题 row. */
    PORTAL_TITLE,
    /** The date under the covering notice's signature. */
    NOTICE_DATE,
    /** The date of the signature that closes a document which is its own notice. */
    CLOSING_DATE,
    /** The portal header's 成文日期. */
    WRITTEN_DATE,
    /** The year in the document number ({@code 〔2018〕}). */
    DOCUMENT_NUMBER,
    /** The year the plan's text says its period starts ({@code 2012年起5年内}; {@link PeriodStart}). */
    PERIOD_START,
    /**
     * The page's publication date (发布时间) when the page is a news site's copy given in full
     * ({@code 《X》全文如下}): the date of the news that printed it, last of all.
     */
    NEWS_DATE
  }

  /** A resolved year and the source it came from. */
  record Resolved(int year, Source source) {}

  private final Map<Source, Integer> stated = new EnumMap<>(Source.class);

  /** Records that {@code source} states {@code year}; a null year states nothing. */
  void put(Source source, @Nullable Integer year) {
    if (year != null) {
      stated.putIfAbsent(source, year);
    }
  }

  /** The year of the first source that states one, in {@link Source} order; null when none does. */
  @Nullable Resolved resolve() {
    if (stated.isEmpty()) {
      return null;
    }
    Map.Entry<Source, Integer> first = stated.entrySet().iterator().next();
    return new Resolved(first.getValue(), first.getKey());
  }

  /**
   * The year a document number states in its brackets ({@code 国发〔2018〕39号} → 2018, also with
   * {@code [ ]} or {@code ( )}), or null.
   */
  static @Nullable Integer ofDocumentNumber(@Nullable String number) {
    if (number == null) {
      return null;
    }
    String folded = Folding.fold(number);
    for (int i = 0; i + 5 < folded.length(); i++) {
      char open = folded.charAt(i);
      if (open == '〔' || open == '[' || open == '［' || open == '(' || open == '（') {
        int end = ChineseNumerals.digitsEnd(folded, i + 1, folded.length());
        char close = end < folded.length() ? folded.charAt(end) : ' ';
        if (end - i - 1 == 4 && (close == '〕' || close == ']' || close == '］' || close == ')' || close == '）')) {
          int year = Integer.parseInt(folded.substring(i + 1, end));
          return year >= 1949 && year <= 2200 ? year : null;
        }
      }
    }
    return null;
  }
}
