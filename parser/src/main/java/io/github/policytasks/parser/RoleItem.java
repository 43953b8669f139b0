package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.RoleWord;
import org.jspecify.annotations.Nullable;

/**
 * One name of a run of a responsibility note, as offsets into the folded text, and the role a
 * bracketed phrase right after it gives it alone.
 *
 * @param start where the name starts
 * @param end where the name ends
 * @param own the role a bracketed phrase right after the name gives it, or null
 * @param together whether the name follows {@code 会同} (it supports the name before)
 */
record RoleItem(int start, int end, @Nullable RoleWord own, boolean together) {}
