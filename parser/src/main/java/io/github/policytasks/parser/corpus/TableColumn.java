package io.github.policytasks.parser.corpus;

import java.util.Objects;

/**
 * One column of a corpus table: its name in every output (CSV header, Parquet and Spark field),
 * its type and what it holds.
 *
 * @param name the column name, lower snake case
 * @param type the type of its values
 * @param description what a value says, for the documentation
 */
public record TableColumn(String name, ColumnType type, String description) {
  /**
   * Checks that no component is null.
   *
   * @param name the column's name
   * @param type the column's type
   * @param description what the column holds
   */
  public TableColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }
}
