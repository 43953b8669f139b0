package io.github.policytasks.render;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Task;
import io.github.policytasks.metrics.lexicon.NoteWords;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a task's responsibility note (lead and supporting units, leaders, deadline) in a
 * {@link RenderStyle}, as the parts of the note (one per key) that the caller puts in brackets or
 * on lines of their own. Units under one key are joined by the style's unit separator, except in
 * the verb form, which always lists them with {@code 、}. The keys are chosen so that the note reads back as the same units: a
 * task without lead units names its units under {@code 配合单位}, never under a key that a reader
 * would take as leading. Immutable and thread-safe.
 */
final class ResponsibilityNoteWriter {
  private final RenderStyle style;

  ResponsibilityNoteWriter(RenderStyle style) {
    this.style = style;
  }

  /**
   * The parts of {@code task}'s note, in order (units, leaders, deadline), each a key, a colon and
   * its values ({@code 牵头单位:县科技局、县财政局}) or, in the verb form, the units with their verbs
   * ({@code 县科技局牵头,县财政局配合}); empty when the task names nobody and no deadline.
   */
  List<String> parts(Task task) {
    List<String> parts = new ArrayList<>(unitParts(task.leadUnits(), task.supportingUnits()));
    if (!task.leaders().isEmpty()) {
      parts.add(keyed("责任领导", String.join("、", task.leaders())));
    }
    LocalDate deadline = task.deadline();
    if (deadline != null) {
      parts.add(keyed("完成时限", deadline(deadline)));
    }
    return parts;
  }

  /** The parts joined into one note body by the style's separator, without brackets. */
  String inline(Task task) {
    switch (style.noteSeparator()) {
      case COMMA:
        return String.join(comma(), parts(task));
      case SPACE:
        return String.join(" ", parts(task));
      default:
        return String.join(semicolon(), parts(task));
    }
  }

  private List<String> unitParts(List<LeadUnit> leads, List<LeadUnit> supporting) {
    List<String> parts = new ArrayList<>();
    if (leads.isEmpty()) {
      if (!supporting.isEmpty()) {
        parts.add(keyed(supportingOnlyKey(), names(supporting)));
      }
      return parts;
    }
    switch (style.noteKeys()) {
      case LEAD_UNIT:
        parts.add(keyed("牵头单位", names(leads)));
        addIfAny(parts, "责任单位", supporting);
        break;
      case LEAD_DEPARTMENT:
        parts.add(keyed("牵头部门", names(leads)));
        addIfAny(parts, "配合部门", supporting);
        break;
      case RESPONSIBLE_FIRST_LEADS:
        if (leads.size() == 1) {
          List<LeadUnit> all = new ArrayList<>(leads);
          all.addAll(supporting);
          parts.add(keyed("责任单位", names(all)));
        } else {
          parts.add(keyed("牵头单位", names(leads)));
          addIfAny(parts, "责任单位", supporting);
        }
        break;
      case VERB:
        String verbs = listed(leads) + verb("牵头")
            + (supporting.isEmpty() ? "" : comma() + listed(supporting) + verb("配合"));
        parts.add(verbs);
        break;
      default:
        throw new AssertionError(style.noteKeys());
    }
    return parts;
  }

  private String supportingOnlyKey() {
    return style.noteKeys() == NoteKeys.LEAD_DEPARTMENT ? "配合部门" : "配合单位";
  }

  private void addIfAny(List<String> parts, String key, List<LeadUnit> units) {
    if (!units.isEmpty()) {
      parts.add(keyed(key, names(units)));
    }
  }

  private String keyed(String key, String values) {
    return word(key) + colon() + values;
  }

  /**
   * {@code simplified} in the script of the style: a note key or note phrase of the lexicon, in
   * its Traditional form when the style asks ({@code note-keys.txt}, {@code note-phrases.txt}).
   */
  String word(String simplified) {
    return style.traditionalNoteKeys()
        ? io.github.policytasks.metrics.lexicon.NoteKeys.traditional(simplified) : simplified;
  }

  /** A verb of {@code note-verbs.txt} as the style writes it (Traditional or not). */
  private String verb(String simplified) {
    String traditional = NoteWords.traditional(simplified);
    return style.traditionalNoteKeys() ? traditional : simplified;
  }

  /** The names of {@code units} joined by the style's unit separator. */
  String names(List<LeadUnit> units) {
    String separator = style.unitSeparator() == UnitSeparator.COMMA ? comma() : "、";
    return units.stream().map(LeadUnit::name).collect(Collectors.joining(separator));
  }

  /** The names of {@code units} joined by {@code 、}, as the verb form always lists them. */
  private static String listed(List<LeadUnit> units) {
    return units.stream().map(LeadUnit::name).collect(Collectors.joining("、"));
  }

  /**
   * The deadline as a note writes it: {@code 2023年9月} for the last day of a month (which a
   * reader takes back as that day), {@code 2023年9月15日} otherwise.
   */
  static String deadline(LocalDate date) {
    String month = date.getYear() + "年" + date.getMonthValue() + "月";
    return date.equals(YearMonth.from(date).atEndOfMonth()) ? month : month + date.getDayOfMonth() + "日";
  }

  private String colon() {
    return style.punctuation() == Punctuation.FULL_WIDTH ? "：" : ":";
  }

  private String comma() {
    return style.punctuation() == Punctuation.FULL_WIDTH ? "，" : ",";
  }

  private String semicolon() {
    return style.punctuation() == Punctuation.FULL_WIDTH ? "；" : ";";
  }
}
