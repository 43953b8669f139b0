package io.github.policytasks.parser;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a task list laid out as a table ({@code 序号 | 主要工作任务 | 牵头单位 | 完成时限}),
 * recognised by their header words in any order, with or without a number column (annotation
 * guide §6): which column numbers the rows, which holds the task's title, which columns hold its
 * text (text columns such as {@code 具体目标}, and any column whose header is unknown, so that no
 * cell is ever dropped), and which responsibility-note key each other column stands for. The
 * header words are data: {@value #RESOURCE}. Immutable and thread-safe.
 */
final class TaskTable {
  /** The resource of header words, one {@code word<TAB>column<TAB>source} row each. */
  static final String RESOURCE = "table-headers.txt";
  /** Words that make an unlisted short header a text column ({@code 年度工作任务}). */
  private static final String[] TEXT_WORDS = {"任务", "内容", "措施", "目标", "工作"};
  /** How much a key column's header may add to the key ({@code 牵头单位（部门）}, {@code 牵头单位及责任人}). */
  private static final int MAX_KEY_SUFFIX = 6;
  private static final int MAX_TEXT_HEADER = 10;

  /** What a column holds. */
  enum Column { NUMBER, TITLE, TEXT, LEAD, RESPONSIBLE_DEPARTMENT, RESPONSIBLE, SUPPORTING, LEADER, DEADLINE }

  private static final Map<String, Column> WORDS = load();

  private final int numberColumn;
  private final int titleColumn;
  private final int textFrom;
  private final int textTo;
  private final @Nullable NoteKey[] keys;
  private final List<Integer> unknownColumns;
  private boolean bordered = true;
  private boolean tabbed;

  private TaskTable(int numberColumn, int titleColumn, int textFrom, int textTo, @Nullable NoteKey[] keys,
      List<Integer> unknownColumns) {
    this.numberColumn = numberColumn;
    this.titleColumn = titleColumn;
    this.textFrom = textFrom;
    this.textTo = textTo;
    this.keys = keys;
    this.unknownColumns = unknownColumns;
  }

  /**
   * The table whose header row has {@code cells}, or null when the row is no task-table header:
   * a title or text column and either a number column or a note-key column, and no more
   * unknown headers than known ones.
   */
  static @Nullable TaskTable header(String f, List<PipeCells.Cell> cells) {
    int number = -1;
    int title = -1;
    List<Integer> text = new ArrayList<>();
    List<Integer> unknown = new ArrayList<>();
    NoteKey[] keys = new NoteKey[cells.size()];
    boolean anyKey = false;
    for (int k = 0; k < cells.size(); k++) {
      String compact = PipeCells.compact(f, cells.get(k));
      Column column = columnOf(compact);
      if (column == null) {
        if (!compact.isEmpty()) {
          unknown.add(k);
        }
      } else if (column == Column.NUMBER && number < 0) {
        number = k;
      } else if (column == Column.TITLE && title < 0) {
        title = k;
      } else if (column == Column.TEXT || column == Column.TITLE) {
        text.add(k);
      } else if (column.ordinal() >= Column.LEAD.ordinal()) {
        keys[k] = NoteKey.valueOf(column.name());
        anyKey = true;
      }
    }
    if (text.isEmpty() && title >= 0) {
      text.add(title);
      title = -1;
    }
    int known = (number >= 0 ? 1 : 0) + (title >= 0 ? 1 : 0) + text.size() + (anyKey ? 1 : 0);
    if (text.isEmpty() || (number < 0 && !anyKey) || unknown.size() > known) {
      return null;
    }
    int from = text.get(0);
    int to = text.get(text.size() - 1);
    for (int k : unknown) {
      from = Math.min(from, k);
      to = Math.max(to, k);
    }
    return new TaskTable(number, title, from, to, keys, unknown);
  }

  /** The column a header cell (compact, folded) heads, or null when it is unknown. */
  static @Nullable Column columnOf(String compact) {
    Column exact = WORDS.get(compact);
    if (exact != null) {
      return exact;
    }
    NoteKey.Match match = NoteKey.at(compact, 0, compact.length());
    if (match != null && compact.length() - match.end() <= MAX_KEY_SUFFIX) {
      return Column.valueOf(match.key().name());
    }
    if (compact.length() <= MAX_TEXT_HEADER) {
      for (String word : TEXT_WORDS) {
        if (compact.contains(word)) {
          return Column.TEXT;
        }
      }
    }
    return null;
  }

  private static Map<String, Column> load() {
    Map<String, Column> words = new HashMap<>();
    try (InputStream in = TaskTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length < 3) {
          throw new IllegalStateException(RESOURCE + " line " + number + " needs word, column and source");
        }
        words.put(TextFold.fold(fields[0].strip()), Column.valueOf(fields[1].strip()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(words);
  }

  /**
   * This table laid out as its header row is: cells separated by tabs or by pipes, and for pipes
   * whether a leading pipe borders every row.
   */
  TaskTable laidOut(boolean tabbed, boolean bordered) {
    TaskTable copy = new TaskTable(numberColumn, titleColumn, textFrom, textTo, keys, unknownColumns);
    copy.tabbed = tabbed;
    copy.bordered = bordered;
    return copy;
  }

  /** Whether the rows separate their cells by tabs rather than pipes. */
  boolean isTabbed() {
    return tabbed;
  }

  /** Whether a leading pipe in a row is the table's border rather than an empty first cell. */
  boolean isBordered() {
    return bordered;
  }

  /** The number column, or -1 when the table numbers no rows. */
  int numberColumn() {
    return numberColumn;
  }

  /** The title column, or -1 when the title comes from the text. */
  int titleColumn() {
    return titleColumn;
  }

  /** The first column of the task's text. */
  int textColumn() {
    return textFrom;
  }

  /** The last column of the task's text: text columns and unknown columns in between. */
  int lastTextColumn() {
    return textTo;
  }

  /** The columns whose header is unknown; their cells are read as task text. */
  List<Integer> unknownColumns() {
    return unknownColumns;
  }

  /** The note key column {@code k} stands for, or null. */
  @Nullable NoteKey key(int k) {
    return k < keys.length ? keys[k] : null;
  }
}
