/**
 * Writers of a {@link io.github.policytasks.tracking.PlanAttainment}: an aligned text table, CSV
 * for Excel, and a self-contained HTML report with its charts drawn as inline SVG.
 */
@NullMarked
package io.github.policytasks.tracking.report;

import org.jspecify.annotations.NullMarked;
