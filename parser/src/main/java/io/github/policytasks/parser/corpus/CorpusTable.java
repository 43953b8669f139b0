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
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
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
  TASKS("tasks", Columns.TASKS),
  /** One row per target. */
  TARGETS("targets", Columns.TARGETS);

  /** The separator of the names in a list of units. */
  public static final String LIST_SEPARATOR = "、";

  private final String fileName;
  private final List<Definition> definitions;
  private final List<TableColumn> columns;

  CorpusTable(String fileName, List<Definition> definitions) {
    this.fileName = fileName;
    this.definitions = definitions;
    this.columns = definitions.stream().map(Definition::column).toList();
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
        // A task's lists of units are joined once, however many target rows repeat them.
        String leadUnits = units(task.leadUnits());
        String supportingUnits = units(task.supportingUnits());
        if (this == TASKS) {
          rows.add(row(new Cell(record.planId(), region, plan.year(), section, task, leadUnits,
              supportingUnits, null)));
        } else {
          for (Target target : task.targets()) {
            rows.add(row(new Cell(record.planId(), region, plan.year(), section, task, leadUnits,
                supportingUnits, target)));
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

  /**
   * What one row is about: a task of a section of a plan, with its lists of units joined, and for
   * a target row the target.
   */
  private record Cell(String planId, @Nullable String region, @Nullable Integer year,
      Section section, Task task, String leadUnits, String supportingUnits,
      @Nullable Target target) {
    Target requireTarget() {
      if (target == null) {
        throw new IllegalStateException("A target column read for a task row");
      }
      return target;
    }
  }

  /** A column and how its value is read from a cell. */
  private record Definition(TableColumn column, Function<Cell, @Nullable Object> reader) {
    @Nullable Object value(Cell cell) {
      return reader.apply(cell);
    }
  }

  private static String units(List<LeadUnit> units) {
    if (units.size() == 1) {
      return units.get(0).name();
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < units.size(); i++) {
      if (i > 0) {
        joined.append(LIST_SEPARATOR);
      }
      joined.append(units.get(i).name());
    }
    return joined.toString();
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

  /**
   * The columns of both tables, each a column and the function that reads its value. Built in a
   * class of their own because an enum's constructor cannot read the enum's own static fields.
   */
  private static final class Columns {
    // One call per column, alike in shape: this is the schema written as data (name, type,
    // description, reader), the one place the README's table and both writers take it from.
    /** The columns of {@link #TASKS}. */
    static final List<Definition> TASKS = List.of(
        column("plan_id", ColumnType.STRING, "the plan's file, relative to the corpus root",
            Cell::planId),
        column("region", ColumnType.STRING,
            "the region the plan is for (PlanRegion): 嘉祥县, 河北省, 全国", Cell::region),
        column("year", ColumnType.INT, "the year the plan is for", Cell::year),
        column("section", ColumnType.INT, "the section number", c -> c.section().number()),
        column("section_title", ColumnType.STRING, "the section heading",
            c -> c.section().title()),
        column("task_id", ColumnType.STRING, "the task id within the plan: t12",
            c -> c.task().id()),
        column("task_number", ColumnType.INT, "the task number as written",
            c -> c.task().number()),
        column("task_title", ColumnType.STRING, "the task title, when it has one",
            c -> c.task().title()),
        column("lead_units", ColumnType.STRING,
            "the lead units (牵头单位), principal first, joined by 、",
            Cell::leadUnits),
        column("supporting_units", ColumnType.STRING,
            "the supporting units (责任单位/配合单位), joined by 、",
            Cell::supportingUnits),
        column("deadline", ColumnType.STRING, "the task's deadline, ISO date",
            c -> iso(c.task().deadline())),
        column("targets", ColumnType.INT, "how many targets the task has",
            c -> c.task().targets().size()));

    /** The task context every target row repeats: the task columns up to supporting_units. */
    private static final int TASK_CONTEXT = 10;

    /** The columns of {@link #TARGETS}: the task's context, then the target's own. */
    static final List<Definition> TARGETS = Stream.concat(
        TASKS.subList(0, TASK_CONTEXT).stream(), Stream.of(
            column("target_id", ColumnType.STRING, "the target id within the plan: t12.g3",
                target(Target::id)),
            column("target_text", ColumnType.STRING, "the words that carry the target: 突破150亿元",
                target(Target::text)),
            column("subject", ColumnType.STRING, "what is counted or measured",
                target(Target::subject)),
            column("comparator", ColumnType.STRING, "AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, "
                + "APPROXIMATELY, RANGE or EXACTLY", target(t -> t.comparator().name())),
            column("kind", ColumnType.STRING, "AMOUNT, SHARE, GROWTH, POINTS… (TargetKind)",
                target(t -> t.kind().name())),
            column("direction", ColumnType.STRING, "INCREASE or DECREASE for a change",
                target(t -> enumName(t.direction()))),
            column("value", ColumnType.STRING,
                "the value as written, exact (the lower end of a range)",
                target(t -> exact(t.value()))),
            column("upper", ColumnType.STRING, "the upper end of a range, exact",
                target(t -> exact(t.upper()))),
            column("unit", ColumnType.STRING, "the unit as written: 亿元, 万亩, %",
                target(t -> symbol(t.value()))),
            column("normalized", ColumnType.STRING,
                "the value in the canonical unit, exact (may be a fraction)",
                target(t -> exact(t.normalized()))),
            column("normalized_upper", ColumnType.STRING,
                "the upper end in the canonical unit, exact",
                target(t -> exact(t.normalizedUpper()))),
            column("normalized_unit", ColumnType.STRING, "the canonical unit: 元, 平方米, %, 百分点",
                target(t -> symbol(t.normalized()))),
            column("normalized_value", ColumnType.DECIMAL,
                "normalized rounded half-even to 6 places, for SQL sums",
                target(t -> decimal(t.normalized()))),
            column("normalized_upper_value", ColumnType.DECIMAL,
                "normalized_upper rounded half-even to 6 places",
                target(t -> decimal(t.normalizedUpper()))),
            column("dimension", ColumnType.STRING,
                "the dimension of the unit: CURRENCY, AREA, COUNT, PERCENT…",
                target(t -> enumName(t.dimension()))),
            column("deadline", ColumnType.STRING,
                "the target's own deadline, else its task's, ISO date", CorpusTable::deadline)))
        .toList();

    private Columns() {}

    private static Definition column(String name, ColumnType type, String description,
        Function<Cell, @Nullable Object> value) {
      return new Definition(new TableColumn(name, type, description), value);
    }
  }
}
