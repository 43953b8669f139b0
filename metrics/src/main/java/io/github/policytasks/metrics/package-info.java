/** Unit catalogue, exact metric normaliser, quantity arithmetic and target checks. */
package io.github.policytasks.metrics;
