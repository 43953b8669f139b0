package io.github.policytasks.tracking.ledger;

/**
 * Keeps spreadsheet programs from running a cell as a formula (CSV injection, OWASP): a cell that
 * starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, which Excel and LibreOffice show as text and hide. {@code ActualsReader} drops the
 * apostrophe again when a sheet comes back. Stateless and thread-safe.
 */
public final class FormulaGuard {
  private FormulaGuard() {}

  /**
   * {@return {@code cell}, prefixed with {@code '} when it would start a formula}
   *
   * @param cell the cell text
   */
  public static String guard(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
    return risky ? "'" + cell : cell;
  }
}
