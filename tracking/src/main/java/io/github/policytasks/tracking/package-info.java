/**
 * Tracking a plan through the year, the way a supervision office (督查室) runs its ledger (任务台账):
 * actual figures in ({@link io.github.policytasks.tracking.ActualsReader}: CSV or TSV in UTF-8 or
 * GBK/GB18030, and {@code .xlsx}), every target checked against them ({@link
 * io.github.policytasks.tracking.AttainmentChecker}: MET, EXCEEDED, SHORT, NOT_REPORTED or
 * NOT_COMPARABLE, the exact gap and the attainment ratio 完成率), and summaries per section, lead
 * unit and dimension ({@link io.github.policytasks.tracking.PlanAttainment}). Everything is exact;
 * rounding happens only where a caller names a scale and a {@link java.math.RoundingMode}.
 *
 * <p>Absent values follow the library's one rule, stated in the package {@code io.github.policytasks.core}:
 * {@code Optional} for a method that may have no answer, {@code @Nullable} only for stored
 * attributes that mirror a JSON {@code null}.
 */
@NullMarked
package io.github.policytasks.tracking;

import org.jspecify.annotations.NullMarked;
