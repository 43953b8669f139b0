package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A section or subsection while it is being read: its number, title, heading span, subsections
 * and tasks. Mutable; not thread-safe.
 */
final class SectionDraft {
  final int number;
  final @Nullable String title;
  final int spanStart;
  final int spanEnd;
  final List<SectionDraft> subsections = new ArrayList<>();
  final List<TaskDraft> tasks = new ArrayList<>();
  /** Stretches {@code [start, end)} whose figures are the section's goals (guide §6). */
  final List<int[]> goalRanges = new ArrayList<>();

  SectionDraft(int number, @Nullable String title, int spanStart, int spanEnd) {
    this.number = number;
    this.title = title;
    this.spanStart = spanStart;
    this.spanEnd = spanEnd;
  }

  /** Whether this is the implicit section of a document without section headings. */
  boolean isImplicit() {
    return spanStart < 0;
  }
}
