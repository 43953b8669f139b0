package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.WordLists;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Finds the deadlines a stretch of folded text states (annotation guide §5) and keeps the
 * earliest: {@code 年内}, {@code 全年}, {@code 年底前}, {@code 今年} → the last day of the plan
 * year; {@code 6月底前}, {@code 11月前}, {@code 上半年}, {@code 一季度} → the last day of that
 * month, half-year or quarter of the plan year; {@code 2025年底前}, {@code 到2025年} → the last day
 * of that year, and so is a year a firm commitment opens ({@code 确保2018年…});
 * {@code 明年} → the last day of the year after the plan year, and {@code 明年6月底前} the end of
 * that month of it ({@code 今年} and {@code 明年} count from the year the text was written in,
 * the plan year unless a caller says otherwise: {@link #inTextWrittenIn}). A year that opens a
 * clause as its time ({@code 2018年启动…}, {@code ，2019年全面推开…}, {@code 2019-2022年，…}) is the
 * last day of that year (of the range's last year); not when it starts a period or a comparison
 * ({@code 2020年开始}, {@code 2018年以来}, {@code 2021年的水平}), nor when it is before the plan
 * year: {@code 2022年全省共培训12万人次} in a 2023 plan reports a past year's figures, due by no date. A month, half-year or quarter
 * without a year belongs to the year the same sentence last stated ({@code 2019年…，上半年将…} →
 * 2019-06-30), else to the plan year. In a note's deadline value ({@code 完成时限:2023年9月}) a
 * bare year, month or date is a deadline too. One forward scan, no backtracking. Stateless and
 * thread-safe.
 */
final class DeadlineReader {

  private static final long[] PHRASE_STARTS = phraseStarts();

  /** The key chars of {@link #KEYS}, one of which every phrase holds near its start. */
  static final String KEY_CHARS = "年月季";

  /**
   * The chars one of which every phrase {@link #readAt} reads holds within {@link #MAX_NUMERAL}
   * chars of its start: {@code 2025年}, {@code 9月底前}, {@code 一季度}, {@code 前三季度}, {@code
   * 上半年}, {@code 年内}, {@code 全年}. A phrase start with none of them that near reads nothing.
   */
  private static final long[] KEYS = TextChars.charSet(DeadlineReader.KEY_CHARS);

  /** What a scan found: the earliest deadline, and whether a relative one lacked the plan year. */
  record Result(@Nullable LocalDate earliest, boolean neededYear) {}

  /** The longest numeral run read as a year, month, day or quarter; bounds every look-ahead. */
  private static final int MAX_NUMERAL = 6;

  private final CharSequence f;
  private @Nullable Integer planYear;
  /** The year the text was written in: {@code 今年} is it, {@code 明年} the year after. */
  private @Nullable Integer writtenYear;
  private final boolean noteValue;
  /** Whether phrase starts with no key char near them are passed over unread ({@link #KEYS}). */
  private final boolean skipWithoutKey;
  /** Where the key chars of {@link #f} stand, when marked: the walk to the next one looks it up. */
  private final @Nullable TextMarks marks;
  /** Where the stretch being scanned starts: a year there opens its first clause. */
  private int stretchStart;
  /**
   * Whether the stretch being scanned holds a progress field ({@link FieldLabels#holdsProgressField}),
   * looked for at the first phrase read in it; null before.
   */
  private @Nullable Boolean progressFields;
  private int stretchEnd;
  private @Nullable LocalDate earliest;
  private boolean neededYear;
  /** The year the current sentence last stated as a time, or null: relative phrases belong to it. */
  private @Nullable Integer sentenceYear;

  /**
   * The verbs of a firm commitment that, right before a year, make it the time the commitment is
   * due ({@code 确保2018年小微企业贷款规模有所上升} → the last day of 2018). An aim ({@code
   * 力争2023年…}) is left as it was read before: the seed plan reads it without a deadline.
   */
  private static final String[] COMMITMENT_BEFORE_YEAR = {"确保"};

  /** What may follow a year that opens a clause without making it the clause's time. */
  private static final String[] NOT_A_TIME_AFTER_YEAR = {
    "以来", "以后", "后", "的", "起", "开始", "度", "初", "同期", "相比", "比", "为基", "基础", "水平", "数据",
    "至", "到", "-", "—", "~", "、", "和", "及", "与", "是"
  };

  /**
   * The words after a quarter or half-year that make it the period a figure refers to ({@code
   * 2023年第二季度增长率}, {@code 上半年同比}), and those before it that make it the base of a
   * comparison ({@code 较上半年}): no deadline ({@code period-measure-after.txt}, {@code
   * period-measure-before.txt}).
   */
  private static final String[] MEASURE_AFTER_PERIOD = WordLists.words("period-measure-after.txt").toArray(String[]::new);
  private static final String[] MEASURE_BEFORE_PERIOD = WordLists.words("period-measure-before.txt").toArray(String[]::new);

  /** The result of a stretch in which no deadline phrase can start. */
  private static final Result NONE = new Result(null, false);

  private DeadlineReader(CharSequence folded, @Nullable Integer planYear, boolean noteValue,
      boolean skipWithoutKey) {
    this(folded, planYear, noteValue, skipWithoutKey, null);
  }

  private DeadlineReader(CharSequence folded, @Nullable Integer planYear, boolean noteValue,
      boolean skipWithoutKey, @Nullable TextMarks marks) {
    this.f = folded;
    this.planYear = planYear;
    this.writtenYear = planYear;
    this.noteValue = noteValue;
    this.skipWithoutKey = skipWithoutKey;
    this.marks = marks;
  }

  /** The deadlines stated in running text {@code folded[start, end)}. */
  static Result inText(CharSequence folded, int start, int end, @Nullable Integer planYear) {
    return inText(folded, start, end, planYear, true);
  }

  /**
   * {@link #inText(CharSequence, int, int, Integer)}, reading every phrase start when {@code
   * skipWithoutKey} is false: the reference that {@code DeadlineKeySkipProperties} holds the
   * skipping scan to.
   */
  static Result inText(CharSequence folded, int start, int end, @Nullable Integer planYear,
      boolean skipWithoutKey) {
    return scan(folded, start, end, planYear, skipWithoutKey, planYear);
  }

  private static Result scan(CharSequence folded, int start, int end, @Nullable Integer planYear,
      boolean skipWithoutKey, @Nullable Integer writtenYear) {
    int first = firstPhraseStart(folded, start, end);
    if (first == end) {
      return NONE;
    }
    DeadlineReader reader = new DeadlineReader(folded, planYear, false, skipWithoutKey);
    reader.writtenYear = writtenYear;
    reader.scan(first, start, end);
    return reader.earliest == null && !reader.neededYear
        ? NONE : new Result(reader.earliest, reader.neededYear);
  }

  /** The first char in {@code folded[start, end)} at which a phrase may start, else {@code end}. */
  private static int firstPhraseStart(CharSequence folded, int start, int end) {
    int first = start;
    while (first < end && !TextChars.in(PHRASE_STARTS, folded.charAt(first))) {
      first++;
    }
    return first;
  }

  /**
   * A reader of the running text {@code folded} for a caller that reads many stretches of it, one
   * after another, with {@link #inTextWrittenIn(int, int, Integer, Integer)} (a document's task
   * bodies): one reader for them all instead of one per stretch. Confined to that caller.
   */
  static DeadlineReader ofText(CharSequence folded) {
    return new DeadlineReader(folded, null, false, true);
  }

  /**
   * The deadlines stated in running text {@code [start, end)} of this reader's text, written in
   * {@code writtenYear}, which its {@code 今年} and {@code 明年} count from ({@link
   * PlanDraft#yearWritten}: a plan signed in the December before its year): what {@link
   * #inText(CharSequence, int, int, Integer)} reads, read with this reader (whose state it resets).
   */
  Result inTextWrittenIn(int start, int end, @Nullable Integer planYear, @Nullable Integer writtenYear) {
    int first = firstPhraseStart(f, start, end);
    if (first == end) {
      return NONE;
    }
    this.planYear = planYear;
    this.writtenYear = writtenYear;
    earliest = null;
    neededYear = false;
    sentenceYear = null;
    scan(first, start, end);
    return earliest == null && !neededYear ? NONE : new Result(earliest, neededYear);
  }

  /**
   * A reader of the running text {@code folded} that {@link #earliestIn} reads one stretch after
   * another, for a caller that asks about many stretches of one text (the clauses before each
   * target); confined to that caller. {@code marks} is {@code folded} {@linkplain TextMarks#mark
   * marked}, and must stay so while the reader is used.
   */
  static DeadlineReader forText(CharSequence folded, @Nullable Integer planYear, TextMarks marks) {
    return new DeadlineReader(folded, planYear, false, true, marks);
  }

  /**
   * Makes this reader, made by {@link #forText}, read its text (the same object, holding another
   * task's chars now, and marked again) as a text of {@code planYear}; returns this. For the caller
   * that keeps one reader for the windows it reuses from task to task.
   */
  DeadlineReader reuse(@Nullable Integer planYear) {
    this.planYear = planYear;
    this.writtenYear = planYear;
    return this;
  }

  /**
   * The earliest deadline stated in the running text {@code [start, end)} of this reader's text:
   * {@code inText(folded, start, end, planYear).earliest()}, read with this reader (whose state
   * it resets) instead of a new one.
   */
  @Nullable LocalDate earliestIn(int start, int end) {
    earliest = null;
    neededYear = false;
    sentenceYear = null;
    scan(start, start, end);
    return earliest;
  }

  /** The deadline a note's deadline value {@code folded[start, end)} states. */
  static Result inNoteValue(String folded, int start, int end, @Nullable Integer planYear) {
    DeadlineReader reader = new DeadlineReader(folded, planYear, true, false);
    LocalDate exact = DateReader.read(folded, start, end);
    if (exact != null) {
      return new Result(exact, false);
    }
    reader.scan(start, end);
    return new Result(reader.earliest, reader.neededYear);
  }

  private void scan(int start, int end) {
    scan(start, start, end);
  }

  /**
   * Scans {@code [from, end)} of the stretch {@code [start, end)}: look-behinds stop at {@code
   * start}. A phrase start is read only where a key char ({@code 年 月 季}) stands within {@link
   * #MAX_NUMERAL} chars of it, as every phrase's does ({@link #KEYS}).
   */
  private void scan(int from, int start, int end) {
    stretchStart = start;
    progressFields = null;
    stretchEnd = end;
    if (skipWithoutKey) {
      scanNearKeys(from, start, end);
      return;
    }
    int i = from;
    while (i < end) {
      char c = f.charAt(i);
      if (!TextChars.in(PHRASE_STARTS, c)) {
        if (c == '。' || c == ';') {
          sentenceYear = null;
        }
        i++;
        continue;
      }
      int next = readAt(i, start, end);
      i = next > i ? next : i + 1;
    }
  }

  /**
   * {@link #scan(int, int, int)} reading only the phrase starts within {@link #MAX_NUMERAL} chars
   * before a key char: the walk goes from key char to key char, one table lookup a char, and looks
   * at the chars it passes only for a sentence end while a sentence's year is held ({@code 。} or
   * {@code ;} forget it), as a walk that tried every char would.
   */
  private void scanNearKeys(int from, int start, int end) {
    int keyLimit = Math.min(f.length(), end + MAX_NUMERAL + 1);
    int key = -1;
    int i = from;
    while (i < end) {
      if (key < i) {
        key = nextKey(i, keyLimit);
        if (key >= keyLimit) {
          forgetYearAtSentenceEnd(i, end);
          return;
        }
        int near = key - MAX_NUMERAL;
        if (near > i) {
          forgetYearAtSentenceEnd(i, Math.min(near, end));
          i = near;
          continue;
        }
      }
      char c = f.charAt(i);
      if (!TextChars.in(PHRASE_STARTS, c)) {
        if (c == '。' || c == ';') {
          sentenceYear = null;
        }
        i++;
        continue;
      }
      int next = readAt(i, start, end);
      i = next > i ? next : i + 1;
    }
  }

  /** The first key char in {@code [from, limit)}, else {@code limit}. */
  private int nextKey(int from, int limit) {
    if (marks != null) {
      return marks.nextKey(from, limit);
    }
    int key = from;
    while (key < limit && !TextChars.in(KEYS, f.charAt(key))) {
      key++;
    }
    return key;
  }

  /** Forgets the sentence's year where a sentence ends in {@code [from, to)}, as {@link #scan} does. */
  private void forgetYearAtSentenceEnd(int from, int to) {
    if (sentenceYear == null) {
      return;
    }
    for (int k = from; k < to; k++) {
      char c = f.charAt(k);
      if (c == '。' || c == ';') {
        sentenceYear = null;
        return;
      }
    }
  }

  /**
   * The chars {@link #readAt} can read a phrase from: digits, numeral digits, 十, and the first
   * chars of 年内 年底 年末 全年 今年 明年 上半年 下半年 前三季度. Every other char is skipped at the
   * cost of one table lookup.
   */
  private static long[] phraseStarts() {
    long[] starts = TextChars.charSet("0123456789十年全今明上下前");
    for (char c : Numerals.all().toCharArray()) {
      if (ChineseNumerals.digit(c) >= 0) {
        TextChars.add(starts, c);
      }
    }
    return starts;
  }

  /** Reads a deadline phrase at {@code i}; returns the offset after it, or {@code i}. */
  /**
   * Whether {@code i} stands in a progress field ({@code 完成情况：截至11月底，…}), whose dates say when
   * something was done, not when it is due.
   */
  private boolean inProgressField(int i) {
    Boolean holds = progressFields;
    if (holds == null) {
      holds = FieldLabels.holdsProgressField(f, stretchStart, stretchEnd);
      progressFields = holds;
    }
    return holds && FieldLabels.inProgressField(f, i);
  }

  private int readAt(int i, int start, int end) {
    if (inProgressField(i)) {
      return i + 1;
    }
    char c = f.charAt(i);
    if (TextChars.isDigit(c)) {
      if (i > start && TextChars.isDigit(f.charAt(i - 1))) {
        return i;
      }
      int digitsEnd = ChineseNumerals.digitsEnd(f, i, Math.min(end, i + MAX_NUMERAL));
      if (digitsEnd - i == 4 && digitsEnd < end && f.charAt(digitsEnd) == '年') {
        return readAfterYear(i, digitsEnd + 1, end, Integer.parseInt(f, i, digitsEnd, 10));
      }
      return readMonth(i, start, end, contextYear(), false);
    }
    if (ChineseNumerals.digit(c) >= 0 || c == '十') {
      if (TextChars.startsWith(f, "季度", ChineseNumerals.runEnd(f, i, Math.min(end, i + MAX_NUMERAL)))) {
        return readQuarter(i, start, end, contextYear());
      }
      return readMonth(i, start, end, contextYear(), false);
    }
    switch (c) {
      case '年':
        if (TextChars.startsWith(f, "年内", i) && !afterNumber(i) && !precededBy(i, start, "每")) {
          found(yearEnd(contextYear()));
          return i + 2;
        }
        if ((TextChars.startsWith(f, "年底", i) || TextChars.startsWith(f, "年末", i)) && !afterNumber(i)
            && (!precededBy(i, start, "每") && !precededBy(i, start, "每年") || recursBefore(i + 2)) && !precededBy(i, start, "上")
            && !precededBy(i, start, "去")
            && !precededBy(i, start, "全") && !precededBy(i, start, "明")) {
          found(yearEnd(contextYear()));
          return i + 2;
        }
        return i;
      case '全':
        if (TextChars.startsWith(f, "全年", i) && !TextChars.startsWith(f, "全年龄", i)) {
          found(yearEnd(planYear));
          return i + 2;
        }
        return i;
      case '今':
        if (TextChars.startsWith(f, "今年", i) && !TextChars.startsWith(f, "今年以来", i)) {
          sentenceYear = writtenYear;
          found(yearEnd(writtenYear));
          return i + 2;
        }
        return i;
      case '明':
        if (TextChars.startsWith(f, "明年", i) && !TextChars.startsWith(f, "明年度", i)) {
          Integer next = writtenYear == null ? null : writtenYear + 1;
          sentenceYear = next;
          if (next != null && monthAt(i + 2, end)) {
            int after = readMonth(i + 2, i + 2, end, next, true);
            if (after > i + 2) {
              return after;
            }
          }
          found(yearEnd(next));
          return i + 2;
        }
        return i;
      case '上':
      case '下':
        if (TextChars.startsWith(f, "半年", i + 1) && !precededBy(i, start, "每")) {
          if (!isMeasurePeriod(i, i + 3, end)) {
            found(halfEnd(contextYear(), c == '上'));
          }
          return i + 3;
        }
        return i;
      case '前':
        if (TextChars.startsWith(f, "前三季度", i)) {
          if (!isMeasurePeriod(i, i + 4, end)) {
            found(monthEnd(contextYear(), 9));
          }
          return i + 4;
        }
        return i;
      default:
        return i;
    }
  }

  /** After {@code 2025年} (the year's digits at {@code yearStart}): 底前, 前, 内, 上半年, 9月底前… */
  private int readAfterYear(int yearStart, int j, int end, int year) {
    if (startsWithAny(j, end, "年底", "底", "年末", "末", "内", "年内", "以前", "前", "全年")) {
      sentenceYear = year;
      found(yearEnd(year));
      return j + 1;
    }
    if (startsWithAny(j, end, "上半年", "下半年")) {
      sentenceYear = year;
      if (!isMeasurePeriod(j, j + 3, end)) {
        found(halfEnd(year, f.charAt(j) == '上'));
      }
      return j + 3;
    }
    int quarter = j < end && f.charAt(j) == '第' ? j + 1 : j;
    if (quarter < end && TextChars.startsWith(f, "季度", ChineseNumerals.runEnd(f, quarter, Math.min(end, quarter + MAX_NUMERAL)))) {
      sentenceYear = year;
      return readQuarter(quarter, quarter, end, year);
    }
    boolean monthFollows = monthAt(j, end);
    if (monthFollows) {
      int after = readMonth(j, j, end, year, true);
      if (after > j) {
        sentenceYear = year;
        return after;
      }
    }
    boolean reached = yearStart > 0 && (f.charAt(yearStart - 1) == '到' || f.charAt(yearStart - 1) == '至')
        || committed(yearStart) && !startsWithAny(j, end, NOT_A_TIME_AFTER_YEAR);
    boolean clauseTime = !monthFollows && opensClause(yearStart) && !startsWithAny(j, end, NOT_A_TIME_AFTER_YEAR)
        && (planYear == null || year >= planYear);
    if (reached || noteValue || clauseTime) {
      sentenceYear = year;
      found(yearEnd(year));
    }
    return j;
  }

  /**
   * Whether the year whose digits start at {@code yearStart} (or the range {@code 2019-2022年} it
   * ends) opens a clause: it stands at the start of the stretch or line, or after a sentence or
   * clause break.
   */
  private boolean opensClause(int yearStart) {
    int k = yearStart;
    if (k >= 5 && "-—~～".indexOf(f.charAt(k - 1)) >= 0 && ChineseNumerals.digitsEnd(f, k - 5, k - 1) == k - 1
        && (k == 5 || !TextChars.isDigit(f.charAt(k - 6)))) {
      k -= 5;
    }
    if (k <= stretchStart) {
      return true;
    }
    char before = f.charAt(k - 1);
    return before == '。' || before == ',' || before == ';' || before == ':' || TextChars.isLineBreak(before);
  }

  /** Whether a month ({@code 9月}, {@code 十二月}) is written at {@code j}. */
  private boolean monthAt(int j, int end) {
    if (j >= end) {
      return false;
    }
    int numberEnd = TextChars.isDigit(f.charAt(j))
        ? ChineseNumerals.digitsEnd(f, j, Math.min(end, j + MAX_NUMERAL))
        : ChineseNumerals.runEnd(f, j, Math.min(end, j + MAX_NUMERAL));
    return numberEnd > j && numberEnd < end && f.charAt(numberEnd) == '月';
  }

  /** The year relative phrases belong to: the one the sentence stated, else the plan year. */
  private @Nullable Integer contextYear() {
    return sentenceYear != null ? sentenceYear : planYear;
  }

  /**
   * Whether {@code 前} or {@code 之前} follows {@code at}: a year's end after {@code 每}/{@code 每年}
   * is a deadline that recurs ({@code 每年年底前}, read as its first occurrence) only with it; without
   * it ({@code 每年年底组织开展一次督查}) it is the time of a yearly act, no deadline.
   */
  private boolean recursBefore(int at) {
    return TextChars.startsWith(f, "前", at) || TextChars.startsWith(f, "之前", at);
  }

  /**
   * {@code 6月底前}, {@code 11月前}, {@code 9月30日前}; in a note also a bare {@code 9月}. A month
   * after {@code 每年} ({@code 每年12月底前}, a deadline that recurs every year) is read as its first
   * occurrence, in the year of its context (the plan year), as the earliest deadline it states.
   */
  private int readMonth(int i, int start, int end, @Nullable Integer year, boolean afterYear) {
    if (!afterYear && i > start) {
      char before = f.charAt(i - 1);
      if (TextChars.isDigit(before) || ChineseNumerals.isNumeral(before)
          || before == '年' && !precededBy(i, start, "每年")) {
        return i;
      }
    }
    int monthEnd = TextChars.isDigit(f.charAt(i))
        ? ChineseNumerals.digitsEnd(f, i, Math.min(end, i + MAX_NUMERAL))
        : ChineseNumerals.runEnd(f, i, Math.min(end, i + MAX_NUMERAL));
    if (monthEnd - i > 2 || monthEnd >= end || f.charAt(monthEnd) != '月') {
      return i;
    }
    int month = ChineseNumerals.parse(f, i, monthEnd);
    if (month < 1 || month > 12) {
      return i;
    }
    int j = monthEnd + 1;
    if (j < end && (TextChars.isDigit(f.charAt(j)) || ChineseNumerals.isNumeral(f.charAt(j)))) {
      int dayEnd = TextChars.isDigit(f.charAt(j))
          ? ChineseNumerals.digitsEnd(f, j, Math.min(end, j + MAX_NUMERAL))
          : ChineseNumerals.runEnd(f, j, Math.min(end, j + MAX_NUMERAL));
      if (dayEnd < end && (f.charAt(dayEnd) == '日' || f.charAt(dayEnd) == '号')) {
        int day = ChineseNumerals.parse(f, j, dayEnd);
        boolean before = startsWithAny(dayEnd + 1, end, "前", "之前", "以前");
        if ((before || noteValue) && day >= 1 && day <= 31) {
          found(date(year, month, day));
          return dayEnd + 1;
        }
      }
      return j;
    }
    boolean bounded = startsWithAny(j, end, "底", "前", "份前", "份底", "末", "中旬", "之前", "以前", "份之前");
    if (bounded || noteValue || (afterYear && j < end && f.charAt(j) == '份' && noteValue)) {
      found(monthEnd(year, month));
      return j;
    }
    return i;
  }

  /** {@code 一季度}, {@code 第二季度}: the last day of that quarter. */
  private int readQuarter(int i, int start, int end, @Nullable Integer year) {
    if (precededBy(i, start, "每")) {
      return i;
    }
    int numeralEnd = ChineseNumerals.runEnd(f, i, Math.min(end, i + MAX_NUMERAL));
    int quarter = ChineseNumerals.parse(f, i, numeralEnd);
    if (quarter < 1 || quarter > 4) {
      return i;
    }
    if (!isMeasurePeriod(i, numeralEnd + 2, end)) {
      found(monthEnd(year, quarter * 3));
    }
    return numeralEnd + 2;
  }

  /**
   * Whether the quarter or half-year {@code [periodStart, periodEnd)} is the period a figure
   * refers to or the base of a comparison, not a time work is due: a word of {@link
   * #MEASURE_AFTER_PERIOD} follows it ({@code 上半年同比}), or one of {@link #MEASURE_BEFORE_PERIOD}
   * stands before it, its {@code 第} and its year ({@code 较2023年第三季度}).
   */
  private boolean isMeasurePeriod(int periodStart, int periodEnd, int end) {
    if (startsWithAny(periodEnd, end, MEASURE_AFTER_PERIOD)) {
      return true;
    }
    int b = periodStart;
    if (b > 0 && f.charAt(b - 1) == '第') {
      b--;
    }
    if (b >= 5 && f.charAt(b - 1) == '年' && ChineseNumerals.digitsEnd(f, b - 5, b - 1) == b - 1) {
      b -= 5;
    }
    for (String word : MEASURE_BEFORE_PERIOD) {
      if (precededBy(b, 0, word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a number stands right before {@code i} ({@code 5年内}: within five years, a span, not
   * this year), looked for in the whole text: a stretch cut at a reach ({@code TargetReader}'s
   * clause reach) may start right at the {@code 年} of such a span.
   */
  private boolean afterNumber(int i) {
    if (i <= 0) {
      return false;
    }
    char before = f.charAt(i - 1);
    return TextChars.isDigit(before) || ChineseNumerals.isNumeral(before) || before == '几' || before == '多';
  }

  /** Whether a commitment verb ({@link #COMMITMENT_BEFORE_YEAR}) stands right before {@code yearStart}. */
  private boolean committed(int yearStart) {
    for (String verb : COMMITMENT_BEFORE_YEAR) {
      if (precededBy(yearStart, 0, verb)) {
        return true;
      }
    }
    return false;
  }

  private boolean precededBy(int i, int start, String word) {
    return i - word.length() >= start && TextChars.startsWith(f, word, i - word.length());
  }

  private boolean startsWithAny(int at, int end, String... words) {
    for (String word : words) {
      if (at + word.length() <= end && TextChars.startsWith(f, word, at)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable LocalDate yearEnd(@Nullable Integer year) {
    return year == null ? null : LocalDate.of(year, 12, 31);
  }

  private @Nullable LocalDate halfEnd(@Nullable Integer year, boolean first) {
    return year == null ? null : first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  private @Nullable LocalDate monthEnd(@Nullable Integer year, int month) {
    return year == null ? null : YearMonth.of(year, month).atEndOfMonth();
  }

  private @Nullable LocalDate date(@Nullable Integer year, int month, int day) {
    if (year == null) {
      return null;
    }
    YearMonth yearMonth = YearMonth.of(year, month);
    return day <= yearMonth.lengthOfMonth() ? yearMonth.atDay(day) : yearMonth.atEndOfMonth();
  }

  private void found(@Nullable LocalDate deadline) {
    if (deadline == null) {
      neededYear = true;
      return;
    }
    if (earliest == null || deadline.isBefore(earliest)) {
      earliest = deadline;
    }
  }
}
