package io.github.policytasks.parser.corpus;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The two tables of a corpus of plans, with the one schema that the batch tool's CSV and Parquet
 * files and the Spark job's Parquet files share (see {@link #columns()}; the README lists it):
 *
 * <ul>
 *   <li>{@link #TASKS}: one row per task of every plan;
 *   <li>{@link #TARGETS}: one row per quantitative target of every plan, with its task's context.
 * </ul>
 *
 * <p>Rows come in plan order (sections, then tasks, then targets). Amounts are exact: {@code
 * value}, {@code upper}, {@code normalized} and {@code normalized_upper} are the JSON contract's
 * exact text (a decimal, or a fraction such as {@code 3080000000/3}); {@code normalized_value}
 * and {@code normalized_upper_value} are the same rounded half-even to {@value
 * ColumnType#DECIMAL_SCALE} places, for sums in SQL (absent beyond {@value
 * ColumnType#DECIMAL_PRECISION} digits). Lists of units are joined by {@code 、}.
 * Stateless and thread-safe.
 */
public enum CorpusTable {
  /** One row per task. */
  TASKS("tasks", TaskColumn.values()),
  /** One row per target. */
  TARGETS("targets", TargetColumn.values());

  /** The separator of the names in a list of units. */
  public static final String LIST_SEPARATOR = "、";

  private final String fileName;
  private final List<Definition> definitions;
  private final List<TableColumn> columns;

  CorpusTable(String fileName, Definition[] definitions) {
    this.fileName = fileName;
    this.definitions = List.of(definitions);
    this.columns = Arrays.stream(definitions).map(Definition::column).toList();
  }

  /**
   * {@return the table's name, which is also its files' base name: {@code tasks}, {@code targets}}
   */
  public String tableName() {
    return fileName;
  }

  /** {@return the columns, in order} */
  public List<TableColumn> columns() {
    return columns;
  }

  /**
   * {@return the rows of {@code record}, each a list of values in column order typed as {@link
   * ColumnType} says ({@code null} where absent)}
   *
   * @param record one plan of the corpus
   */
  public List<List<@Nullable Object>> rows(PlanRecord record) {
    Plan plan = record.plan();
    String region = PlanRegion.of(plan).orElse(null);
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Section section : plan.sections()) {
      for (Task task : section.allTasks()) {
        if (this == TASKS) {
          rows.add(row(new Cell(record.planId(), region, plan.year(), section, task, null)));
        } else {
          for (Target target : task.targets()) {
            rows.add(row(new Cell(record.planId(), region, plan.year(), section, task, target)));
          }
        }
      }
    }
    return rows;
  }

  private List<@Nullable Object> row(Cell cell) {
    List<@Nullable Object> row = new ArrayList<>(definitions.size());
    for (Definition definition : definitions) {
      row.add(definition.value(cell));
    }
    return row;
  }

  /** What one row is about: a task of a section of a plan, and for a target row the target. */
  private record Cell(String planId, @Nullable String region, @Nullable Integer year,
      Section section, Task task, @Nullable Target target) {
    Target requireTarget() {
      if (target == null) {
        throw new IllegalStateException("A target column read for a task row");
      }
      return target;
    }
  }

  private interface Definition {
    TableColumn column();

    @Nullable Object value(Cell cell);
  }

  private static String units(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining(LIST_SEPARATOR));
  }

  private static @Nullable String iso(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable String exact(@Nullable Quantity quantity) {
    return quantity == null ? null : quantity.amount().toString();
  }

  private static @Nullable BigDecimal decimal(@Nullable Quantity quantity) {
    if (quantity == null) {
      return null;
    }
    BigDecimal value =
        quantity.amount().toBigDecimal(ColumnType.DECIMAL_SCALE, RoundingMode.HALF_EVEN);
    return value.precision() > ColumnType.DECIMAL_PRECISION ? null : value;
  }

  private static @Nullable String symbol(@Nullable Quantity quantity) {
    return quantity == null ? null : quantity.unit().symbol();
  }

  private static Function<Cell, @Nullable Object> target(
      Function<Target, @Nullable Object> value) {
    return cell -> value.apply(cell.requireTarget());
  }

  private static @Nullable String deadline(Cell cell) {
    LocalDate own = cell.requireTarget().deadline();
    return iso(own != null ? own : cell.task().deadline());
  }

  private static @Nullable String enumName(@Nullable Enum<?> value) {
    return value == null ? null : value.name();
  }

  /** The columns of {@link #TASKS}. */
  private enum TaskColumn implements Definition {
    PLAN_ID(ColumnType.STRING, "the plan's file, relative to the corpus root", Cell::planId),
    REGION(ColumnType.STRING, "the region the plan is for (PlanRegion): 嘉祥县, 河北省, 全国",
        Cell::region),
    YEAR(ColumnType.INT, "the year the plan is for", Cell::year),
    SECTION(ColumnType.INT, "the section number", c -> c.section().number()),
    SECTION_TITLE(ColumnType.STRING, "the section heading", c -> c.section().title()),
    TASK_ID(ColumnType.STRING, "the task id within the plan: t12", c -> c.task().id()),
    TASK_NUMBER(ColumnType.INT, "the task number as written", c -> c.task().number()),
    TASK_TITLE(ColumnType.STRING, "the task title, when it has one", c -> c.task().title()),
    LEAD_UNITS(ColumnType.STRING, "the lead units (牵头单位), principal first, joined by 、",
        c -> units(c.task().leadUnits())),
    SUPPORTING_UNITS(ColumnType.STRING, "the supporting units (责任单位/配合单位), joined by 、",
        c -> units(c.task().supportingUnits())),
    DEADLINE(ColumnType.STRING, "the task's deadline, ISO date", c -> iso(c.task().deadline())),
    TARGETS(ColumnType.INT, "how many targets the task has", c -> c.task().targets().size());

    private final TableColumn column;
    private final Function<Cell, @Nullable Object> value;

    TaskColumn(ColumnType type, String description, Function<Cell, @Nullable Object> value) {
      this.column = new TableColumn(name().toLowerCase(Locale.ROOT), type, description);
      this.value = value;
    }

    @Override
    public TableColumn column() {
      return column;
    }

    @Override
    public @Nullable Object value(Cell cell) {
      return value.apply(cell);
    }
  }

  /** The columns of {@link #TARGETS}. */
  private enum TargetColumn implements Definition {
    PLAN_ID(TaskColumn.PLAN_ID),
    REGION(TaskColumn.REGION),
    YEAR(TaskColumn.YEAR),
    SECTION(TaskColumn.SECTION),
    SECTION_TITLE(TaskColumn.SECTION_TITLE),
    TASK_ID(TaskColumn.TASK_ID),
    TASK_NUMBER(TaskColumn.TASK_NUMBER),
    TASK_TITLE(TaskColumn.TASK_TITLE),
    LEAD_UNITS(TaskColumn.LEAD_UNITS),
    SUPPORTING_UNITS(TaskColumn.SUPPORTING_UNITS),
    TARGET_ID(ColumnType.STRING, "the target id within the plan: t12.g3", target(Target::id)),
    TARGET_TEXT(ColumnType.STRING, "the words that carry the target: 突破150亿元", target(Target::text)),
    SUBJECT(ColumnType.STRING, "what is counted or measured", target(Target::subject)),
    COMPARATOR(ColumnType.STRING, "AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, APPROXIMATELY, RANGE "
        + "or EXACTLY", target(t -> t.comparator().name())),
    KIND(ColumnType.STRING, "AMOUNT, SHARE, GROWTH, POINTS… (TargetKind)",
        target(t -> t.kind().name())),
    DIRECTION(ColumnType.STRING, "INCREASE or DECREASE for a change",
        target(t -> enumName(t.direction()))),
    VALUE(ColumnType.STRING, "the value as written, exact (the lower end of a range)",
        target(t -> exact(t.value()))),
    UPPER(ColumnType.STRING, "the upper end of a range, exact",
        target(t -> exact(t.upper()))),
    UNIT(ColumnType.STRING, "the unit as written: 亿元, 万亩, %",
        target(t -> symbol(t.value()))),
    NORMALIZED(ColumnType.STRING, "the value in the canonical unit, exact (may be a fraction)",
        target(t -> exact(t.normalized()))),
    NORMALIZED_UPPER(ColumnType.STRING, "the upper end in the canonical unit, exact",
        target(t -> exact(t.normalizedUpper()))),
    NORMALIZED_UNIT(ColumnType.STRING, "the canonical unit: 元, 平方米, %, 百分点",
        target(t -> symbol(t.normalized()))),
    NORMALIZED_VALUE(ColumnType.DECIMAL, "normalized rounded half-even to 6 places, for SQL sums",
        target(t -> decimal(t.normalized()))),
    NORMALIZED_UPPER_VALUE(ColumnType.DECIMAL, "normalized_upper rounded half-even to 6 places",
        target(t -> decimal(t.normalizedUpper()))),
    DIMENSION(ColumnType.STRING, "the dimension of the unit: CURRENCY, AREA, COUNT, PERCENT…",
        target(t -> enumName(t.dimension()))),
    DEADLINE(ColumnType.STRING, "the target's own deadline, else its task's, ISO date",
        CorpusTable::deadline);

    private final TableColumn column;
    private final Function<Cell, @Nullable Object> value;

    TargetColumn(TaskColumn shared) {
      this.column = shared.column();
      this.value = shared::value;
    }

    TargetColumn(ColumnType type, String description, Function<Cell, @Nullable Object> value) {
      this.column = new TableColumn(name().toLowerCase(Locale.ROOT), type, description);
      this.value = value;
    }

    @Override
    public TableColumn column() {
      return column;
    }

    @Override
    public @Nullable Object value(Cell cell) {
      return value.apply(cell);
    }
  }
}
