package io.github.policytasks.parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the responsibility notes of one task say, before the document-wide rules decide who
 * leads: each named unit or leader with the role its key or verb gives it, in written order, the
 * earliest deadline, and the stretches that could not be read. Mutable: one task's reader fills
 * it; not thread-safe.
 */
final class NoteParts {

  /** The role a note gives a name. */
  enum Role {
    /** 牵头单位, or a unit named before 牵头. */
    LEAD,
    /** 责任单位. */
    RESPONSIBLE,
    /** 责任部门. */
    RESPONSIBLE_DEPARTMENT,
    /** A unit named before 负责 in a verb-form note. */
    RESPONSIBLE_BY_VERB,
    /** 配合单位 and the like, or a unit named before 配合 / 参与. */
    SUPPORTING,
    /** 责任领导 and the like. */
    LEADER
  }

  /**
   * One name as written, {@code [start, end)} in the input, with its role; where a list shares
   * a suffix ({@code 甲、乙市政府}, annotation guide §6), the name is {@code [start, end)} followed
   * by the shared suffix {@code [suffixStart, suffixEnd)} (else both -1).
   */
  record Name(Role role, int start, int end, int suffixStart, int suffixEnd) {
    Name(Role role, int start, int end) {
      this(role, start, end, -1, -1);
    }

    /** The name's text in {@code text} (the input, or the folded text), its shared suffix added. */
    String in(String text) {
      String name = text.substring(start, end);
      return suffixStart < 0 ? name : name + text.substring(suffixStart, suffixEnd);
    }
  }

  /** A stretch of a note that was not understood, why, and whether it is a deadline value. */
  record Unread(int start, int end, String why, boolean deadline) {}

  /**
   * The names; until this parts adds a name of its own, the (never changed) list of the one note
   * {@link #addAll} took them from, or an empty list, so that a task of one note copies nothing.
   */
  private List<Name> names = List.of();
  /** Whether {@link #names} is this parts' own list, to which it may add. */
  private boolean ownsNames;
  /**
   * Where each note merged by {@link #addAll} after the first name starts in {@link #names},
   * ascending; null until there is one (most parts hold one note, and most notes are read whole,
   * so these three lists are made only when needed).
   */
  private @Nullable List<Integer> noteStarts;
  private @Nullable List<Unread> unread;
  private @Nullable LocalDate deadline;
  private boolean neededYear;
  private int firstListedRuleAt = -1;
  private @Nullable List<Name> defaults;
  private int defaultsAt = -1;
  private int notes;
  private int notUnderstood;

  void add(Role role, int start, int end) {
    ownNames().add(new Name(role, start, end));
  }

  void add(Name name) {
    ownNames().add(name);
  }

  private List<Name> ownNames() {
    if (!ownsNames) {
      names = names.isEmpty() ? new ArrayList<>() : new ArrayList<>(names);
      ownsNames = true;
    }
    return names;
  }

  void unread(int start, int end, String why) {
    addUnread(new Unread(start, end, why, false));
  }

  private void addUnread(Unread stretch) {
    if (unread == null) {
      unread = new ArrayList<>();
    }
    unread.add(stretch);
  }

  /** Records a deadline value over {@code [start, end)} that was not understood. */
  void unreadDeadline(int start, int end) {
    addUnread(new Unread(start, end, "deadline value not understood", true));
  }

  void deadline(DeadlineReader.Result result) {
    LocalDate found = result.earliest();
    if (found != null && (deadline == null || found.isBefore(deadline))) {
      deadline = found;
    }
    neededYear |= result.neededYear();
  }

  /** The note states at {@code offset} that the first-listed unit leads ({@code 下同}: from there on). */
  void firstListedLeads(int offset) {
    if (firstListedRuleAt < 0) {
      firstListedRuleAt = offset;
    }
  }

  void countNote() {
    notes++;
  }

  /**
   * A note states at {@code offset} a default clause ({@code 以下均需各市政府落实，不再列出}): the
   * units {@code names} take part in this task and every task after it. The first such clause
   * of a task counts.
   */
  void defaults(List<Name> names, int offset) {
    if (defaultsAt < 0) {
      defaults = new ArrayList<>(names);
      defaultsAt = offset;
    }
  }

  /** The units of the task's default clause, in written order; empty when it states none. */
  List<Name> defaults() {
    return defaults == null ? List.of() : defaults;
  }

  /** Where the task's default clause stands, or -1. */
  int defaultsAt() {
    return defaultsAt;
  }

  /** Records a bracket {@code [start, end)} that reads like a note but was not understood. */
  void noteNotUnderstood(int start, int end) {
    unread(start, end, "responsibility note not understood");
    notUnderstood++;
  }

  /** How many notes were found but not understood. */
  int notUnderstoodCount() {
    return notUnderstood;
  }

  /**
   * Adds everything {@code other} read (one note of the same task) after what these parts hold,
   * in order: names, unread stretches, the earlier deadline, the first-listed rule, the default
   * clause and the counts; {@code null} adds a note that said nothing. {@code other} is a finished
   * reading that nothing changes afterwards: these parts may share its list of names.
   */
  void addAll(@Nullable NoteParts other) {
    if (!names.isEmpty()) {
      if (noteStarts == null) {
        noteStarts = new ArrayList<>();
      }
      noteStarts.add(names.size());
    }
    if (other == null) {
      return;
    }
    if (names.isEmpty() && !ownsNames) {
      names = other.names;
    } else {
      for (int i = 0; i < other.names.size(); i++) {
        ownNames().add(other.names.get(i));
      }
    }
    for (int i = 0; other.unread != null && i < other.unread.size(); i++) {
      addUnread(other.unread.get(i));
    }
    if (other.deadline != null && (deadline == null || other.deadline.isBefore(deadline))) {
      deadline = other.deadline;
    }
    neededYear |= other.neededYear;
    if (firstListedRuleAt < 0) {
      firstListedRuleAt = other.firstListedRuleAt;
    }
    if (other.defaultsAt >= 0) {
      defaults(other.defaults, other.defaultsAt);
    }
    notes += other.notes;
    notUnderstood += other.notUnderstood;
  }

  List<Name> names() {
    return names;
  }

  List<Unread> unread() {
    return unread == null ? List.of() : unread;
  }

  @Nullable LocalDate deadline() {
    return deadline;
  }

  boolean neededYear() {
    return neededYear;
  }

  /** Where a note of the task states the first-listed rule, or -1. */
  int firstListedRuleAt() {
    return firstListedRuleAt;
  }

  /** How many notes were read into these parts. */
  int noteCount() {
    return notes;
  }

  /** Whether the name at {@code index} of {@link #names} opens another note of the task. */
  boolean opensNote(int index) {
    return index > 0 && noteStarts != null && noteStarts.contains(index);
  }

  boolean has(Role role) {
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).role() == role) {
        return true;
      }
    }
    return false;
  }
}
