/**
 * Text to annotated {@link io.github.policytasks.core.Plan}, with source spans and diagnostics.
 *
 * <p>The public API is small: {@link io.github.policytasks.parser.PlanParser} ({@code
 * PlanParser.create()} for lenient reading, {@code PlanParser.builder().strict(true).build()} to
 * throw {@link io.github.policytasks.parser.PlanParseException} at the first problem) reads a
 * {@code CharSequence}, a {@code Reader}, bytes, an {@code InputStream} or a file, and {@link
 * io.github.policytasks.parser.CharsetDetection} tells and decodes the charset of bytes (UTF-8
 * with or without BOM, GB18030/GBK, UTF-16 with BOM). Everything else in the package is the
 * reader's machinery: one forward pass of rule methods over the text (header, front matter,
 * sections, subsections, tasks, responsibility notes, deadlines, targets), linear in the input.
 *
 * <p>Spans are half-open UTF-16 offsets into the text the parser read; a byte-order mark is not
 * part of that text. Diagnostics carry the span and its 1-based line and column.
 *
 * <p>Absent values follow the library's one rule, stated in the package {@code io.github.policytasks.core}:
 * {@code Optional} for a method that may have no answer, {@code @Nullable} only for stored
 * attributes that mirror a JSON {@code null}.
 */
@NullMarked
package io.github.policytasks.parser;

import org.jspecify.annotations.NullMarked;
