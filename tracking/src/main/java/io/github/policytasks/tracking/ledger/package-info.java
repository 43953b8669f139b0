/**
 * The ledger (任务台账) of a plan: one {@link io.github.policytasks.tracking.ledger.LedgerRow} per
 * target (a task without targets gets one row of its own), and the renderers that write it as an
 * aligned terminal table, CSV for Excel, JSON lines or a Markdown table.
 */
@NullMarked
package io.github.policytasks.tracking.ledger;

import org.jspecify.annotations.NullMarked;
