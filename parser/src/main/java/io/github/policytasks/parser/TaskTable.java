package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a task list laid out as a pipe table ({@code 序号 | 主要工作任务 | 牵头单位 |
 * 完成时限}): which column numbers the rows, which holds the task, which its title, and which
 * responsibility-note key each other column stands for; a column whose header is unknown is read
 * as task text (a header row needs no more unknown columns than known ones). Immutable and
 * thread-safe.
 */
final class TaskTable {
  private static final List<String> TEXT_WORDS = TableHeaders.headers(ColumnField.TEXT_WORD);
  /** The headers of a category column ({@code table-category-headers.txt}: {@code 分类}, {@code 类别}). */
  private static final WordTable<Boolean> CATEGORY_HEADERS = WordLists.table("table-category-headers.txt");
  /** How much a key column's header may add to the key ({@code 牵头单位（部门）}, {@code 牵头单位及责任人}). */
  private static final int MAX_KEY_SUFFIX = 6;

  /**
   * The most chars (spaces aside) a header cell can hold and still head a number column ({@code
   * 序号}) or name a note key with its suffix ({@code 牵头单位（部门）}); a longer cell names one only
   * with a remark in brackets that closes it ({@code 责任单位（排在第一位的为牵头单位）}).
   */
  private static final int LONGEST_KEY_CELL = longestKeyCell();

  private final int numberColumn;
  private final int titleColumn;
  private final int textColumn;
  private final @Nullable NoteField[] keys;
  private int lastTextColumn;
  private int knownTextColumn = -1;
  private int indicatorColumn = -1;
  private int measureColumn = -1;
  private int valueColumn = -1;
  private boolean unitInIndicator;
  private List<Integer> unknownColumns = List.of();
  private List<Integer> progressColumns = List.of();
  private List<Integer> categoryColumns = List.of();
  private List<Integer> citedTaskColumns = List.of();
  private List<QuantityColumn> quantityColumns = List.of();
  private boolean bordered = true;
  private boolean closed;
  private boolean tabbed;
  private int columnCount;

  private TaskTable(int numberColumn, int titleColumn, int textColumn, @Nullable NoteField[] keys) {
    this.numberColumn = numberColumn;
    this.titleColumn = titleColumn;
    this.textColumn = textColumn;
    this.keys = keys;
  }

  /**
   * The table whose header row has {@code cells}, or null when the row is no task-table header:
   * a task column and either a number column ({@code 序号}) or a note-key column ({@code 牵头单位}).
   */
  static @Nullable TaskTable header(String f, List<PipeCells.Cell> cells) {
    if (!holdsNumberOrKeyCell(f, cells)) {
      return null;
    }
    int number = -1;
    int title = -1;
    int text = -1;
    NoteField[] keys = new NoteField[cells.size()];
    boolean anyKey = false;
    List<Integer> textLike = new ArrayList<>();
    List<Integer> unknown = new ArrayList<>();
    List<Integer> progress = new ArrayList<>();
    List<Integer> categories = new ArrayList<>();
    List<Integer> cited = new ArrayList<>();
    List<QuantityColumn> quantities = new ArrayList<>();
    IndicatorColumns indicator = new IndicatorColumns();
    for (int k = 0; k < cells.size(); k++) {
      String compact = PipeCells.compact(f, cells.get(k));
      ColumnField field = TableHeaders.field(compact);
      NoteField key = keyOf(compact);
      if (key != null) {
        keys[k] = key;
        anyKey = true;
      } else if (indicator.add(k, compact)) {
        continue;
      } else if (number < 0 && field == ColumnField.NUMBER) {
        number = k;
      } else if (title < 0 && field == ColumnField.TITLE) {
        title = k;
      } else if (isCategory(compact)) {
        categories.add(k);
      } else if (FieldLabels.namesProgress(compact)) {
        progress.add(k);
      } else if (isCitedTasks(compact)) {
        cited.add(k);
      } else if (isQuantity(compact)) {
        quantities.add(new QuantityColumn(k, cells.get(k).start(), cells.get(k).end()));
      } else if (field == ColumnField.TEXT
          || containsAny(compact, TEXT_WORDS) && compact.length() <= 10) {
        textLike.add(k);
      } else if (!compact.isEmpty()) {
        unknown.add(k);
      }
    }
    if (textLike.isEmpty() && !cited.isEmpty()) {
      textLike.addAll(cited);
      cited.clear();
    }
    if (!indicator.complete(cells, f, textLike)) {
      List<Integer> unread = indicator.columns();
      if (textLike.isEmpty() && title < 0 && indicator.value >= 0) {
        textLike.add(indicator.value);
        unread.remove(Integer.valueOf(indicator.value));
      }
      unknown.addAll(unread);
      unknown.sort(null);
      indicator = null;
    }
    List<Integer> indicatorColumns = indicator == null ? List.of() : indicator.columns();
    if (indicator != null && indicator.indicator >= 0 && textLike.isEmpty() && title < 0) {
      text = indicator.indicator;
    } else if (!textLike.isEmpty()) {
      text = textLike.get(0);
    } else if (title >= 0) {
      text = title;
      title = unknown.isEmpty() ? -1 : title;
    }
    int known = (number >= 0 ? 1 : 0) + (title >= 0 ? 1 : 0) + textLike.size() + (anyKey ? 1 : 0)
        + indicatorColumns.size() + quantities.size() + cited.size() + progress.size()
        + categories.size();
    if (text < 0 && indicator != null) {
      text = indicator.value;
    }
    if (text < 0 || (number < 0 && !anyKey) || unknown.size() > known) {
      return null;
    }
    int last = textLike.isEmpty() ? text : textLike.get(textLike.size() - 1);
    int first = text;
    for (int k : unknown) {
      first = Math.min(first, k);
      last = Math.max(last, k);
    }
    for (int k : progress) {
      first = Math.min(first, k);
      last = Math.max(last, k);
    }
    for (int k : indicatorColumns) {
      first = Math.min(first, k);
      last = Math.max(last, k);
    }
    for (QuantityColumn q : quantities) {
      first = Math.min(first, q.column());
      last = Math.max(last, q.column());
    }
    TaskTable table = new TaskTable(number, title, first, keys);
    table.lastTextColumn = last;
    table.knownTextColumn = textLike.isEmpty() ? -1 : textLike.get(0);
    table.unknownColumns = List.copyOf(unknown);
    table.progressColumns = List.copyOf(progress);
    table.categoryColumns = List.copyOf(categories);
    table.citedTaskColumns = List.copyOf(cited);
    table.quantityColumns = List.copyOf(quantities);
    table.columnCount = cells.size();
    if (indicator != null) {
      table.indicatorColumn = indicator.indicator;
      table.measureColumn = indicator.measure;
      table.valueColumn = indicator.value;
      table.unitInIndicator = indicator.unitInIndicator && indicator.measure < 0;
    }
    return table;
  }

  /**
   * Whether some cell heads a number column or names a note key, which {@link #header} needs of a
   * header (a number column or a key column): the cheap test it starts with, so that a line of
   * prose cut at its commas makes no header strings. Only a cell short enough, or ending in a
   * closing bracket (a key with its remark, {@link #keyOf}), is made compact.
   */
  static boolean holdsNumberOrKeyCell(String f, List<PipeCells.Cell> cells) {
    for (int k = 0; k < cells.size(); k++) {
      PipeCells.Cell cell = cells.get(k);
      int chars = 0;
      for (int i = cell.start(); i < cell.end() && chars <= LONGEST_KEY_CELL; i++) {
        if (!TextChars.isBlank(f.charAt(i))) {
          chars++;
        }
      }
      if (chars > 0 && (chars <= LONGEST_KEY_CELL || endsWithClosingBracket(f, cell))) {
        String compact = PipeCells.compact(f, cell);
        if (TableHeaders.field(compact) == ColumnField.NUMBER || keyOf(compact) != null) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the cell's last char that is no space closes a bracket, as a key's remark does. */
  private static boolean endsWithClosingBracket(String f, PipeCells.Cell cell) {
    int i = cell.end();
    while (i > cell.start() && TextChars.isBlank(f.charAt(i - 1))) {
      i--;
    }
    return i > cell.start() && (f.charAt(i - 1) == ')' || f.charAt(i - 1) == '）');
  }

  private static int longestKeyCell() {
    int longest = NoteKeyReader.longestKey() + MAX_KEY_SUFFIX;
    for (ColumnField field : ColumnField.values()) {
      for (String header : TableHeaders.headers(field)) {
        longest = Math.max(longest, header.length());
      }
    }
    return longest;
  }

  /**
   * The note key a header cell's folded, space-free text names ({@code 牵头单位}, {@code
   * 牵头单位（部门）}, {@code 协办单位}), or null when it names none: the key with at most {@value
   * #MAX_KEY_SUFFIX} characters after it, or with a remark in brackets that closes the cell
   * ({@code 责任单位（排在第一位的为牵头单位）}).
   */
  static @Nullable NoteField keyOf(String compact) {
    ColumnField field = TableHeaders.field(compact);
    if (field != null && field.noteField() != null) {
      return field.noteField();
    }
    NoteKeyReader.Match match = NoteKeyReader.at(compact, 0, compact.length());
    if (match != null && (compact.length() - match.end() <= MAX_KEY_SUFFIX
        || TextChars.closingBracketOpen(compact) == match.end())) {
      return match.key();
    }
    return joinedUnitKey(compact);
  }

  /** The words that join the two words of a unit column's header ({@code 责任主体与协同单位}). */
  private static final String HEADER_JOINERS = "与及和";
  /** The longest word before a joiner in a unit column's header ({@code 责任主体}). */
  private static final int MAX_JOINED_HEAD = 4;

  /**
   * {@link NoteField#RESPONSIBLE} when a header cell is two words joined by {@code 与}, {@code 及}
   * or {@code 和}, the last a unit column's word as the lexicon spells it ({@code 责任主体与协同单位},
   * {@code 主体及配合单位}) and the first a short word: the column names the units that answer for
   * the task, as a {@code 责任单位} column does (supporting beside a {@code 牵头} column, guide §6);
   * else null.
   */
  private static @Nullable NoteField joinedUnitKey(String compact) {
    for (int j = compact.length() - 2; j >= 1; j--) {
      if (HEADER_JOINERS.indexOf(compact.charAt(j)) < 0) {
        continue;
      }
      ColumnField tail = TableHeaders.field(compact.substring(j + 1));
      return j <= MAX_JOINED_HEAD && tail != null && isUnitKey(tail.noteField()) ? NoteField.RESPONSIBLE : null;
    }
    return null;
  }

  /**
   * Whether a header cell's folded, space-free text names a column a task table reads: a word of
   * {@code table-headers.txt}, a note key ({@code 协办单位}, {@code 责任主体}) or a short header holding
   * a text word ({@code 推进措施}).
   */
  static boolean isColumnWord(String compact) {
    return TableHeaders.field(compact) != null || keyOf(compact) != null
        || containsAny(compact, TEXT_WORDS) && compact.length() <= 10;
  }

  /** Whether a note key names units of a task (leads, responsible or supporting units), not leaders or deadlines. */
  static boolean isUnitKey(@Nullable NoteField key) {
    return key != null && key != NoteField.LEADER && key != NoteField.DEADLINE;
  }

  /**
   * The columns of an indicator table found in a header row ({@code 序号 | 指标名称 | 单位 |
   * 2023年目标值 | 权重 | 责任单位}, the lexicon's {@code table-headers.txt}): a header may open with
   * the year it speaks of ({@code 2022年完成值}). The table is one only with a unit column and a
   * value column: a {@code 目标值} header, else the first text column that names a {@code 目标}
   * ({@code 2025年目标}), else the last column headed by a year alone ({@code 2023年}). Without a
   * unit column, a value column that is the table's only task column ({@code 序号 | 2022年预期目标 |
   * 责任单位}) holds each commitment whole ({@code 地区生产总值增长5.5%左右}): {@link #header} reads
   * it as the text column.
   */
  private static final class IndicatorColumns {
    int indicator = -1;
    int measure = -1;
    int value = -1;
    /** Whether the indicator column's header says each indicator names its unit: {@code 指标名称（单位）}. */
    boolean unitInIndicator;
    private final List<Integer> others = new ArrayList<>();
    private final List<Integer> years = new ArrayList<>();

    /** Whether column {@code k}, headed {@code compact}, is one of an indicator table. */
    boolean add(int k, String compact) {
      String header = withoutYear(compact);
      if (header.isEmpty() && compact.length() > 0) {
        years.add(k);
        return true;
      }
      ColumnField field = TableHeaders.field(header);
      if (field == null && header.endsWith(UNIT_IN_BRACKETS)
          && TableHeaders.field(header.substring(0, header.length() - UNIT_IN_BRACKETS.length()))
              == ColumnField.INDICATOR && indicator < 0) {
        indicator = k;
        unitInIndicator = true;
      } else if (field == ColumnField.INDICATOR && indicator < 0) {
        indicator = k;
      } else if (field == ColumnField.MEASURE_UNIT && measure < 0) {
        measure = k;
      } else if (field == ColumnField.TARGET_VALUE && value < 0) {
        value = k;
      } else if (field == ColumnField.BASE_VALUE || field == ColumnField.WEIGHT
          || field == ColumnField.ATTRIBUTE) {
        others.add(k);
      } else {
        return false;
      }
      return true;
    }

    /**
     * Whether the columns found make an indicator table, taking its value column from the text
     * columns ({@code textLike}, which then lose it) or the year columns when no {@code 目标值}
     * header names one.
     */
    boolean complete(List<PipeCells.Cell> cells, String f, List<Integer> textLike) {
      if (measure < 0 && !unitInIndicator) {
        return false;
      }
      if (value < 0) {
        for (int k : textLike) {
          if (PipeCells.compact(f, cells.get(k)).contains(GOAL_WORD)) {
            value = k;
            textLike.remove(Integer.valueOf(k));
            break;
          }
        }
      }
      if (value < 0 && !years.isEmpty()) {
        value = years.get(years.size() - 1);
      }
      return value >= 0;
    }

    /** Every column of the indicator table found, in order. */
    List<Integer> columns() {
      List<Integer> all = new ArrayList<>(others);
      all.addAll(years);
      for (int k : new int[] {indicator, measure, value}) {
        if (k >= 0 && !all.contains(k)) {
          all.add(k);
        }
      }
      all.sort(null);
      return all;
    }

    /**
     * {@code header} without the year it opens with ({@code 2023年目标值} → {@code 目标值}) or closes
     * with in brackets ({@code 目标值(2025年)} → {@code 目标值}; folded, so {@code （）} are {@code ()}).
     */
    private static String withoutYear(String header) {
      return withoutLeadingYear(withoutBracketedYear(header));
    }

    /** {@code header} without a bracketed year that closes it: {@code 目标值(2025年)}, {@code 目标(2025)}. */
    private static String withoutBracketedYear(String header) {
      int open = TextChars.closingBracketOpen(header);
      if (open < 0) {
        return header;
      }
      String inside = header.substring(open + 1, header.length() - 1);
      String year = inside.endsWith("年度") ? inside.substring(0, inside.length() - 2)
          : inside.endsWith("年") ? inside.substring(0, inside.length() - 1) : inside;
      if (year.length() != YEAR_DIGITS) {
        return header;
      }
      for (int k = 0; k < YEAR_DIGITS; k++) {
        if (!TextChars.isDigit(year.charAt(k))) {
          return header;
        }
      }
      return header.substring(0, open);
    }

    /** {@code header} without the year it opens with ({@code 2023年目标值} → {@code 目标值}). */
    private static String withoutLeadingYear(String header) {
      int k = 0;
      while (k < header.length() && k < YEAR_DIGITS && TextChars.isDigit(header.charAt(k))) {
        k++;
      }
      if (k != YEAR_DIGITS || k >= header.length() || header.charAt(k) != '年') {
        return header;
      }
      k++;
      if (k < header.length() && header.charAt(k) == '度') {
        k++;
      }
      return header.substring(k);
    }
  }

  /**
   * What closes an indicator column's header whose cells name their unit in brackets ({@code
   * 指标名称（单位）}: {@code 城镇化率（%）}), folded: such a table needs no unit column.
   */
  private static final String UNIT_IN_BRACKETS = "(单位)";

  /**
   * Whether a compact header cell names a column of an indicator table after the year it speaks of
   * ({@code 2022年完成值}, {@code 2023年目标值}, {@code 2023年度权重}): a header of the lexicon once
   * the year is taken off.
   */
  static boolean isYearColumn(String compact) {
    String header = IndicatorColumns.withoutYear(compact);
    return header.length() < compact.length() && !header.isEmpty() && TableHeaders.field(header) != null;
  }

  /** The word that makes a text column the value column of an indicator table: {@code 2025年目标}. */
  private static final String GOAL_WORD = "目标";
  /** The digits of a year that opens a header. */
  private static final int YEAR_DIGITS = 4;

  /**
   * Whether the table is an indicator table: a value column and a unit column, or an indicator
   * column whose cells name their unit in brackets ({@code 指标名称（单位）}).
   */
  boolean isIndicatorTable() {
    return (measureColumn >= 0 || unitInIndicator && indicatorColumn >= 0) && valueColumn >= 0;
  }

  /** The indicator column of an indicator table (its target's subject), or -1. */
  int indicatorColumn() {
    return indicatorColumn;
  }

  /** The unit column of an indicator table, or -1. */
  int measureColumn() {
    return measureColumn;
  }

  /** The value column of an indicator table, or -1. */
  int valueColumn() {
    return valueColumn;
  }

  private static boolean containsAny(String compact, List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      if (compact.contains(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * This table laid out as its header row is: cells separated by tabs or by pipes, and for pipes
   * whether a leading pipe borders every row and whether a trailing pipe closes the header.
   */
  TaskTable laidOut(boolean tabbed, boolean bordered, boolean closed) {
    TaskTable copy = new TaskTable(numberColumn, titleColumn, textColumn, keys);
    copy.lastTextColumn = lastTextColumn;
    copy.knownTextColumn = knownTextColumn;
    copy.unknownColumns = unknownColumns;
    copy.progressColumns = progressColumns;
    copy.categoryColumns = categoryColumns;
    copy.citedTaskColumns = citedTaskColumns;
    copy.quantityColumns = quantityColumns;
    copy.columnCount = columnCount;
    copy.indicatorColumn = indicatorColumn;
    copy.measureColumn = measureColumn;
    copy.valueColumn = valueColumn;
    copy.unitInIndicator = unitInIndicator;
    copy.tabbed = tabbed;
    copy.bordered = bordered;
    copy.closed = closed;
    return copy;
  }

  /** How many columns the header row has. */
  int columnCount() {
    return columnCount;
  }

  /** Whether the rows separate their cells by tabs rather than pipes. */
  boolean isTabbed() {
    return tabbed;
  }

  /**
   * Whether the header row ends with a pipe: when it does not, a row's trailing pipe closes its
   * last written cell and leaves the next one empty ({@code …| 县人社局 | } under a header of as
   * many columns without a closing pipe).
   */
  boolean isClosed() {
    return closed;
  }

  /** Whether a leading pipe in a row is the table's border rather than an empty first cell. */
  boolean isBordered() {
    return bordered;
  }

  /** The number column, or -1 when the table numbers no rows. */
  int numberColumn() {
    return numberColumn;
  }

  int titleColumn() {
    return titleColumn;
  }

  /** The first column of the task's text. */
  int textColumn() {
    return textColumn;
  }

  /**
   * The last column of the task's text: text columns (具体目标 beside 工作任务) and columns whose
   * header is unknown are all read as the task's text, so that no cell is ever dropped (guide §6).
   */
  int lastTextColumn() {
    return Math.max(lastTextColumn, textColumn);
  }

  /**
   * A column of amounts each row commits to ({@code 年度投资（万元）}, the lexicon's {@code quantity}
   * headers): its index and its header cell's offsets, whose bracket names the unit.
   */
  record QuantityColumn(int column, int headerStart, int headerEnd) {}

  /**
   * The quantity columns ({@code 年度投资（万元）}): their cells stay in the task's text, and a row's
   * figure there is a target in the header's unit.
   */
  List<QuantityColumn> quantityColumns() {
    return quantityColumns;
  }

  /**
   * Whether a compact header cell is a quantity column's: a {@code quantity} header word followed
   * by a bracket that names a unit ({@code 年度投资(万元)}; folded, so {@code （）} are {@code ()}),
   * or an indicator table's value word so followed ({@code 目标值(亿元)}, {@code 指标值(%)}): a
   * header that names its cells' unit needs no unit column, so each row's figure there is a target
   * of its task in that unit. A bracketed year ({@code 目标值(2025年)}) names no unit.
   */
  private static boolean isQuantity(String compact) {
    int open = TextChars.closingBracketOpen(compact);
    if (open <= 0 || open >= compact.length() - 2) {
      return false;
    }
    ColumnField field = TableHeaders.field(compact.substring(0, open));
    return field == ColumnField.QUANTITY
        || field == ColumnField.TARGET_VALUE && !TextChars.isDigit(compact.charAt(open + 1));
  }

  /**
   * Whether a compact header cell names the tasks of a cited plan: a quoted title ({@code 《…》})
   * and a text word after it ({@code 陕西省《工作要点》部署任务}), the column a plan that carries out
   * a higher level's plan gives the tasks it carries out.
   */
  private static boolean isCitedTasks(String compact) {
    int close = compact.lastIndexOf('》');
    return compact.indexOf('《') >= 0 && close > 0 && containsAny(compact.substring(close + 1), TEXT_WORDS);
  }

  /**
   * The columns that hold a cited plan's tasks ({@code 陕西省《工作要点》部署任务}) beside a text column
   * of the plan's own: the context of the measures beside them, reported and kept out of the task's
   * text (a merged cell over the rows of the measures that carry the cited task out). With no other
   * text column, such a column is the text column.
   */
  List<Integer> citedTaskColumns() {
    return citedTaskColumns;
  }

  /**
   * The columns that report progress ({@code 1-10月推进情况}, {@code 完成情况}; {@link
   * FieldLabels#namesProgress}): known columns whose cells are kept in the task's text.
   */
  List<Integer> progressColumns() {
    return progressColumns;
  }

  /**
   * The category columns ({@code 分类}, {@code table-category-headers.txt}): a cell merged over a
   * group of rows that names the group; its cells label the rows and are no task text.
   */
  List<Integer> categoryColumns() {
    return categoryColumns;
  }

  /** Whether a compact header cell is a category column's ({@code table-category-headers.txt}), nothing added. */
  static boolean isCategory(String compact) {
    WordTable.Match<Boolean> word = compact.isEmpty() ? null : CATEGORY_HEADERS.matchAt(compact, 0, compact.length());
    return word != null && word.end() == compact.length();
  }

  /** The columns whose header is unknown; their cells are read as task text. */
  List<Integer> unknownColumns() {
    return unknownColumns;
  }

  /**
   * The first column whose header names task text ({@code 考核内容}, {@code 具体目标}), or -1 when
   * the text is read only from the title column or from columns of unknown header.
   */
  int knownTextColumn() {
    return knownTextColumn;
  }

  /**
   * The column that names each row's leads: the {@code 牵头单位} column, else the first {@code
   * 责任单位} or {@code 责任部门} column; -1 when none does. Every task has a lead, so an empty cell
   * in it under a filled one is the lower part of a merged cell that a copy flattened.
   */
  int leadColumn() {
    int responsible = -1;
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] == NoteField.LEAD) {
        return k;
      }
      if (responsible < 0 && (keys[k] == NoteField.RESPONSIBLE || keys[k] == NoteField.RESPONSIBLE_DEPARTMENT)) {
        responsible = k;
      }
    }
    return responsible;
  }

  /** Whether a column names units: a lead, responsible or supporting column. */
  boolean namesUnits() {
    for (NoteField key : keys) {
      if (isUnitKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** What each column holds, for fitting the cells of a row that has more or fewer of them. */
  RowAlignment.Column[] columnKinds() {
    RowAlignment.Column[] kinds = new RowAlignment.Column[columnCount];
    for (int k = 0; k < columnCount; k++) {
      NoteField key = key(k);
      kinds[k] = k == numberColumn ? RowAlignment.Column.NUMBER
          : key == NoteField.DEADLINE ? RowAlignment.Column.DEADLINE
          : key == NoteField.LEADER ? RowAlignment.Column.LEADER
          : key != null ? RowAlignment.Column.UNITS
          : RowAlignment.Column.TEXT;
    }
    return kinds;
  }

  /** The note key column {@code k} stands for, or null. */
  @Nullable NoteField key(int k) {
    return k < keys.length ? keys[k] : null;
  }
}
