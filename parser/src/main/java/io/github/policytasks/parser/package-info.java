/** Text to annotated {@link io.github.policytasks.core.Plan}, with source spans and diagnostics. */
package io.github.policytasks.parser;
