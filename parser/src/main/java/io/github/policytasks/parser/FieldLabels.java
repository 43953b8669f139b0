package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;

/**
 * The labels of a programme's own-line fields in an annual training plan ({@code 培训对象:}, the
 * lexicon's {@code field-labels.txt}), in folded text: each field is a label, a colon and a value
 * without a sentence end, so where a copy lost the break after a value only the next label shows
 * it (annotation guide §6, Lost line breaks); and the labels of a task's own-line goal field
 * ({@code 年度目标:}, {@code goal-field-labels.txt}), whose goals end in a sentence end before the
 * task's note. Stateless and thread-safe.
 */
final class FieldLabels {
  /** The longest heading's text or field's value a label is read as run onto. */
  static final int MAX_RUN = 60;

  private static final WordTable<Boolean> LABELS = WordLists.table("field-labels.txt");
  private static final int MAX_LABEL = LABELS.longestWord();
  /** The labels of a task's own-line goal field ({@code goal-field-labels.txt}: {@code 年度目标}). */
  private static final WordTable<Boolean> GOAL_LABELS = WordLists.table("goal-field-labels.txt");
  private static final int MAX_GOAL_LABEL = GOAL_LABELS.longestWord();
  /** Verbs that take a goal as their object ({@code goal-label-verbs.txt}: {@code 明确年度目标}). */
  private static final WordTable<Boolean> GOAL_VERBS = WordLists.table("goal-label-verbs.txt");
  private static final int MAX_GOAL_VERB = GOAL_VERBS.longestWord();

  /** The labels of a task's progress field ({@code progress-field-labels.txt}: {@code 完成情况}). */
  private static final WordTable<Boolean> PROGRESS_LABELS = WordLists.table("progress-field-labels.txt");
  /** The farthest back from a figure that its progress field's label is looked for. */
  private static final int MAX_PROGRESS_FIELD = 300;
  private static final int MAX_PROGRESS_LABEL = PROGRESS_LABELS.longestWord();

  private FieldLabels() {}

  /**
   * Where a progress label ({@code progress-field-labels.txt}) and its colon starting at {@code i}
   * end, within {@code limit}; else -1: the field after a task's goal field in a report ({@code
   * 完成情况:} after {@code 目标任务:…。}).
   */
  static int progressLabelEnd(String folded, int i, int limit) {
    return labelEnd(PROGRESS_LABELS, folded, i, limit);
  }

  /** The longest table header read as naming a progress column ({@code 1-10月推进情况}, {@code 工作进展情况}). */
  private static final int MAX_PROGRESS_HEADER = 12;

  /**
   * Whether a table header's compact text names a progress column: it holds a progress label
   * ({@code progress-field-labels.txt}: {@code 推进情况}, {@code 完成情况}) and is short, a period
   * before the label allowed ({@code 1-10月推进情况}, {@code 上半年完成情况}). A progress report of
   * a plan's tasks adds such columns to the plan's table (annotation guide §3, §6 Tables).
   */
  static boolean namesProgress(String compact) {
    if (compact.length() > MAX_PROGRESS_HEADER) {
      return false;
    }
    for (int i = 0; i < compact.length(); i++) {
      if (PROGRESS_LABELS.matchAt(compact, i, compact.length()) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether a progress label ({@code progress-field-labels.txt}) and its colon stand in {@code [from, end)}. */
  static boolean holdsProgressField(CharSequence text, int from, int end) {
    for (int i = nextColon(text, from, end); i < end; i = nextColon(text, i + 1, end)) {
      if (PROGRESS_LABELS.matchEndingAt(text, i, Math.max(from, i - MAX_PROGRESS_LABEL)) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first {@code :} in {@code [from, end)}, else {@code end}. Never read past {@code end}: a
   * search of a whole document's text for the next colon ({@link String#indexOf}) ran on past a
   * task's body to wherever the document's next colon stood, once per task (issue 12).
   */
  private static int nextColon(CharSequence text, int from, int end) {
    if (text instanceof TextWindow window) {
      char[] chars = window.array();
      int stop = Math.min(end, window.length());
      int i = from;
      while (i < stop && chars[i] != ':') {
        i++;
      }
      return i < stop ? i : end;
    }
    int i = from;
    while (i < end && text.charAt(i) != ':') {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code at} in folded {@code text} stands in a progress field ({@code 完成情况：截至11月底，
   * 已开工…}): a progress label ({@code progress-field-labels.txt}) and its colon before it on its
   * line, with no goal label ({@code goal-field-labels.txt}: {@code 目标任务：}) after that label.
   * What such a field says was done is no target and no deadline (annotation guide §3).
   */
  static boolean inProgressField(CharSequence text, int at) {
    int floor = Math.max(0, at - MAX_PROGRESS_FIELD);
    for (int i = at - 1; i >= floor; i--) {
      if (TextChars.isLineBreak(text.charAt(i))) {
        floor = i + 1;
        break;
      }
    }
    WordTable.Match<Boolean> label = PROGRESS_LABELS.lastBefore(text, at, floor);
    while (label != null && !(label.end() < at && text.charAt(label.end()) == ':')) {
      label = PROGRESS_LABELS.lastBefore(text, label.start(), floor);
    }
    if (label == null) {
      return false;
    }
    for (int i = label.end() + 1; i < at; i++) {
      if (text.charAt(i) == ':' && GOAL_LABELS.matchEndingAt(text, i, Math.max(label.end(), i - MAX_GOAL_LABEL)) != null) {
        return false;
      }
    }
    return true;
  }

  /** The folded chars some label starts with. */
  static String firstChars() {
    return LABELS.firstChars();
  }

  /** Whether some label starts with the folded char {@code c}. */
  static boolean couldStart(char c) {
    return LABELS.couldStart(c);
  }

  /** Where a label and its colon starting at {@code i} end, within {@code limit}; else -1. */
  static int labelEnd(String folded, int i, int limit) {
    return labelEnd(LABELS, folded, i, limit);
  }

  /**
   * Where a goal label ({@code goal-field-labels.txt}) that ends right before the colon at {@code
   * colon} starts, no earlier than {@code floor}, when the text before it back to {@code floor}
   * does not end in a verb that takes the goal as its object ({@code goal-label-verbs.txt}: {@code
   * 明确年度目标}); else -1.
   */
  static int goalLabelStart(String folded, int colon, int floor) {
    if (colon <= floor || colon >= folded.length() || folded.charAt(colon) != ':') {
      return -1;
    }
    WordTable.Match<Boolean> label = GOAL_LABELS.matchEndingAt(folded, colon, Math.max(floor, colon - MAX_GOAL_LABEL));
    if (label == null) {
      return -1;
    }
    boolean object = GOAL_VERBS.endsAt(folded, label.start(), Math.max(floor, label.start() - MAX_GOAL_VERB));
    return object ? -1 : label.start();
  }

  /**
   * Where a goal label ({@code goal-field-labels.txt}) and its colon starting at {@code i} end,
   * within {@code limit}; else -1: the next field of a task's card ({@code 工作措施:} after {@code
   * 目标任务:…。}).
   */
  static int goalLabelEnd(String folded, int i, int limit) {
    return labelEnd(GOAL_LABELS, folded, i, limit);
  }

  /** Where a label of {@code labels} and its colon starting at {@code i} end, within {@code limit}; else -1. */
  private static int labelEnd(WordTable<Boolean> labels, String folded, int i, int limit) {
    if (i >= limit || !labels.couldStart(folded.charAt(i))) {
      return -1;
    }
    WordTable.Match<Boolean> label = labels.matchAt(folded, i, limit);
    int end = label == null ? -1 : label.end();
    return end > 0 && end < limit && folded.charAt(end) == ':' ? end + 1 : -1;
  }

  /**
   * Whether a field's value runs up to {@code i}: a label and its colon stand at most {@value
   * #MAX_RUN} chars before it, with no sentence end ({@link TextChars#isSentenceStop}), colon or line break between
   * ({@code 培训时间:4月、9月,每期4天|主办处室:…}).
   */
  static boolean valueRunsTo(String folded, int i) {
    int k = i - 1;
    while (k >= Math.max(0, i - MAX_RUN) && !endsValue(folded.charAt(k))) {
      k--;
    }
    return valueRunsFrom(folded, k, i);
  }

  /**
   * Whether a char ends a field's value or opens one: a colon, a sentence end ({@link
   * TextChars#isSentenceStop}) or a line break. The last such char before an offset decides {@link
   * #valueRunsTo}.
   */
  static boolean endsValue(char c) {
    return c == ':' || TextChars.isSentenceStop(c) || TextChars.isLineBreak(c);
  }

  /**
   * {@link #valueRunsTo}{@code (folded, i)} for a caller that knows {@code last}, the last offset
   * before {@code i} whose char {@link #endsValue} (-1 or any offset more than {@value #MAX_RUN}
   * chars back when none stands within them): a colon there that closes a label.
   */
  static boolean valueRunsFrom(String folded, int last, int i) {
    return last >= 0 && last >= i - MAX_RUN && folded.charAt(last) == ':'
        && LABELS.endsAt(folded, last, Math.max(0, last - MAX_LABEL));
  }
}
