/**
 * A plan tracked through the year: actuals in ({@link io.github.policytasks.tracking.ActualsReader}),
 * attainment per target, section, lead unit and dimension ({@link
 * io.github.policytasks.tracking.AttainmentChecker}), the ledger out (package {@code ledger}) and
 * a self-contained HTML report (package {@code report}).
 *
 * <p>Apache POI is optional: reading or writing {@code .xlsx} needs {@code org.apache.poi.ooxml}
 * on the module path (the Maven dependency {@code poi-ooxml}); CSV and TSV work without it.
 */
module io.github.policytasks.tracking {
  requires transitive io.github.policytasks.core;
  requires transitive io.github.policytasks.metrics;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.google.common;
  requires static transitive org.jspecify;
  // .xlsx only (XlsxActuals, XlsxLedgerWriter): resolved when the user puts POI on the path
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;

  exports io.github.policytasks.tracking;
  exports io.github.policytasks.tracking.ledger;
  exports io.github.policytasks.tracking.report;
}
