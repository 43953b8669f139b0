package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.NoteField;
import io.github.policytasks.metrics.lexicon.RoleWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The assembler of the responsibility-clause reader ({@link RoleClauses}): gives the runs of unit
 * names of a note's tokens ({@link RoleTokens}) their roles from the role phrases and keys around
 * them, into the note's leads, responsible units, supporting units, leaders and deadline. Not
 * thread-safe (one per parse).
 */
final class RoleAssembler {
  /** The most level chars a place group names ({@code 乡镇}). */
  private static final int MAX_LEVELS = 2;

  private final String f;
  private final NoteReader rules;
  private final RoleNames names;
  private final RoleNoteFlags flags;
  private final @Nullable Integer year;

  RoleAssembler(String folded, NoteReader rules, RoleNames names, RoleNoteFlags flags, @Nullable Integer year) {
    this.f = folded;
    this.rules = rules;
    this.names = names;
    this.flags = flags;
    this.year = year;
  }

  /**
   * The reading of note {@code [start, end)} from its {@code tokens} ({@link RoleTokens#tokens}),
   * as {@link RoleClauses#read} gives it: each run of names takes the role of the phrase after it
   * in its clause, else of the last key before it, else of the next phrase; null when any part of
   * the note is not understood.
   */
  @Nullable NoteParts assemble(List<Object> tokens, int start, int end, boolean phraseNeeded, boolean strictUnits,
      @Nullable NoteField column) {
    boolean anyPhrase = false;
    boolean marked = false;
    int listed = 0;
    int unlisted = 0;
    for (Object token : tokens) {
      if (token instanceof RolePhrase || token instanceof List<?> run && ownRoleIn(run)) {
        anyPhrase = true;
        listed++;
        unlisted += token instanceof RolePhrase phrase && phrase.unlisted() ? 1 : 0;
        marked |= token instanceof List<?>;
      }
    }
    if (flags.trimmed && listed < 2 || unlisted == 1 && listed == 1 && flags.bareVerbs == 1) {
      return null;
    }
    if (phraseNeeded && !anyPhrase) {
      return null;
    }
    NoteParts parts = new NoteParts();
    RolePhrase key = column == null ? null : columnKey(column, start);
    strictUnits |= !anyPhrase;
    List<List<RoleItem>> pending = new ArrayList<>();
    int units = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Object token = tokens.get(t);
      if (token instanceof RolePhrase phrase) {
        if (phrase.forward()) {
          Object next = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
          if (next == null || next instanceof RolePhrase nextPhrase && nextPhrase.forward()) {
            parts.unread(phrase.start(), phrase.end(), "responsibility note key has no value");
          }
          key = phrase;
          if (phrase.role() == RoleWord.DEADLINE || phrase.role() == RoleWord.LEADER) {
            t = value(phrase, tokens, t, end, parts);
          }
        } else {
          if (pending.isEmpty()) {
            return null;
          }
          for (List<RoleItem> run : pending) {
            units += add(run, phrase.role(), false, false, parts, strictUnits, !anyPhrase);
          }
          pending.clear();
        }
        continue;
      }
      if (token instanceof Integer) {
        continue;
      }
      @SuppressWarnings("unchecked")
      List<RoleItem> run = (List<RoleItem>) token;
      Object next = t + 1 < tokens.size() ? tokens.get(t + 1) : null;
      if (next instanceof RolePhrase phrase && !phrase.forward()) {
        pending.add(run);
      } else if (key != null) {
        if (!pending.isEmpty()) {
          return null;
        }
        units += add(run, key.role(), !key.subject(), key.department(), parts, strictUnits, !anyPhrase);
      } else if (ownRoleIn(run) || !anyPhrase) {
        units += add(run, RoleWord.RESPONSIBLE, false, false, parts, strictUnits, !anyPhrase);
      } else {
        pending.add(run);
      }
    }
    for (List<RoleItem> run : pending) {
      if (marked && !ownRoleIn(run)) {
        units += add(run, RoleWord.RESPONSIBLE, false, false, parts, strictUnits, !anyPhrase);
      } else if (!readsAsDeadline(run, parts)) {
        return null;
      }
    }
    if (units < 0 || flags.failed || parts.names().isEmpty()) {
      return null;
    }
    if (flags.ruleAt >= 0) {
      parts.firstListedLeads(flags.ruleAt);
    }
    return parts;
  }

  /** The key a table column's header stands for, as a phrase before the cell. */
  private static @Nullable RolePhrase columnKey(NoteField column, int at) {
    switch (column) {
      case LEAD:
        return new RolePhrase(RoleWord.LEAD, at, at, true, false);
      case RESPONSIBLE:
        return new RolePhrase(RoleWord.RESPONSIBLE, at, at, true, false);
      case RESPONSIBLE_DEPARTMENT:
        return new RolePhrase(RoleWord.RESPONSIBLE, at, at, true, true);
      case SUPPORTING:
        return new RolePhrase(RoleWord.SUPPORTING, at, at, true, false);
      default:
        return null;
    }
  }

  /**
   * Whether a run left without a role ({@code 年底前完成} after {@code X负责，}) tells the task's
   * timing: its stretch reads as a date, the note's deadline.
   */
  private boolean readsAsDeadline(List<RoleItem> run, NoteParts parts) {
    if (run.isEmpty()) {
      return true;
    }
    int s = run.get(0).start();
    int e = run.get(run.size() - 1).end();
    DeadlineReader.Result result = DeadlineReader.inNoteValue(f, s, e, year);
    if (result.earliest() == null && !result.neededYear()) {
      return false;
    }
    parts.deadline(result);
    return true;
  }

  /** Whether a name of {@code run} carries its own bracketed role. */
  private static boolean ownRoleIn(List<?> run) {
    for (Object item : run) {
      if (((RoleItem) item).own() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the names of {@code run} with {@code role} (a key's when {@code keyed}), each name's own
   * bracketed role winning; -(many) when a unit does not read as a unit's name, so the caller's
   * count goes below zero.
   */
  private int add(List<RoleItem> run, RoleWord role, boolean keyed, boolean department, NoteParts parts,
      boolean strictUnits, boolean bare) {
    int added = 0;
    int[] suffixes = sharedSuffixes(run);
    for (int k = 0; k < run.size(); k++) {
      RoleItem item = run.get(k);
      RoleWord r = item.own() != null ? item.own() : item.together() ? RoleWord.SUPPORTING : role;
      if (k == 0 && run.size() > 1 && run.get(1).together() && item.own() == null) {
        r = RoleWord.LEAD;
      }
      NoteParts.Role noteRole = noteRole(r, keyed && item.own() == null && !item.together(), department);
      if (noteRole == null) {
        return -1000;
      }
      boolean shares = suffixes != null && suffixes[k] >= 0;
      if (noteRole != NoteParts.Role.LEADER && (!shares && !names.isCleanName(item.start(), item.end())
          || strictUnits && k == 0 && !(bare ? rules.opensAsOffice(item.start(), item.end()) : names.opensAsUnit(item.start())))) {
        return -1000;
      }
      if (shares && noteRole != NoteParts.Role.LEADER) {
        parts.add(new NoteParts.Name(noteRole, item.start(), item.end(), suffixes[k], run.get(run.size() - 1).end()));
      } else {
        parts.add(noteRole == NoteParts.Role.LEADER ? new NoteParts.Name(noteRole, item.start(), item.end())
            : rules.withoutRemark(noteRole, item.start(), item.end()));
      }
      added++;
    }
    return added;
  }

  /**
   * Where the suffix each name of {@code run} shares with the last one starts, -1 where it shares
   * none; null when none does. A suffix shared by a list distributes (annotation guide §6): names
   * that are only places by level ({@code 各县(市)}, {@code 省}, {@code 各乡镇}) standing right before
   * the last name, a level and a unit's ending ({@code 区人民政府}), take what follows its level:
   * {@code 各县(市)、区人民政府} names 各县(市)人民政府 and 区人民政府.
   */
  private int @Nullable [] sharedSuffixes(List<RoleItem> run) {
    if (run.size() < 2) {
      return null;
    }
    RoleItem carrier = run.get(run.size() - 1);
    int suffix = levelsEnd(carrier.start(), carrier.end());
    if (suffix < 0 || suffix == carrier.end() || carrier.end() - suffix < 2 || !names.endsAsUnit(suffix, carrier.end())
        || RoleTables.LEVELS.indexOf(f.charAt(suffix)) >= 0) {
      return null;
    }
    int[] suffixes = new int[run.size()];
    Arrays.fill(suffixes, -1);
    boolean any = false;
    for (int k = run.size() - 2; k >= 0 && levelsEnd(run.get(k).start(), run.get(k).end()) == run.get(k).end(); k--) {
      suffixes[k] = suffix;
      any = true;
    }
    return any ? suffixes : null;
  }

  /**
   * The end of the place by level that opens {@code [start, end)}: an optional 各, one or two level
   * chars, and an optional bracket of them ({@code 各县(市)}); -1 when it opens with none.
   */
  private int levelsEnd(int start, int end) {
    int i = start < end && f.charAt(start) == '各' ? start + 1 : start;
    int levels = i;
    while (i < end && i - levels < MAX_LEVELS && RoleTables.LEVELS.indexOf(f.charAt(i)) >= 0) {
      i++;
    }
    if (i == levels) {
      return -1;
    }
    if (i < end && TextChars.isOpenBracket(f.charAt(i))) {
      int k = i + 1;
      while (k < end && k - i - 1 < MAX_LEVELS && RoleTables.LEVELS.indexOf(f.charAt(k)) >= 0) {
        k++;
      }
      if (k > i + 1 && k < end && TextChars.isCloseBracket(f.charAt(k))) {
        i = k + 1;
      }
    }
    return i;
  }

  /** The role of a name under a role word: a key's 责任 is {@code RESPONSIBLE}, a verb's is by verb. */
  private static NoteParts.@Nullable Role noteRole(RoleWord role, boolean keyed, boolean department) {
    switch (role) {
      case LEAD:
        return NoteParts.Role.LEAD;
      case RESPONSIBLE:
        return !keyed ? NoteParts.Role.RESPONSIBLE_BY_VERB
            : department ? NoteParts.Role.RESPONSIBLE_DEPARTMENT : NoteParts.Role.RESPONSIBLE;
      case SUPPORTING:
        return NoteParts.Role.SUPPORTING;
      case LEADER:
        return NoteParts.Role.LEADER;
      default:
        return null;
    }
  }

  /**
   * Reads the value of a deadline or leader key, from after {@code phrase} to the next clause
   * break that a key follows, or the end; returns the index of the last token it used.
   */
  private int value(RolePhrase phrase, List<Object> tokens, int t, int end, NoteParts parts) {
    int valueEnd = end;
    for (int k = t + 1; k < tokens.size(); k++) {
      if (tokens.get(k) instanceof RolePhrase next && next.forward()) {
        valueEnd = next.start();
        break;
      }
    }
    for (int i = phrase.end(); i < valueEnd; i++) {
      char c = f.charAt(i);
      if (c == ';' || c == '。' || TextChars.isLineBreak(c)) {
        valueEnd = i;
        break;
      }
    }
    int k = t + 1;
    while (k < tokens.size() && tokenStart(tokens.get(k)) < valueEnd) {
      k++;
    }
    int s = names.skip(phrase.end(), valueEnd);
    int e = names.trim(s, valueEnd);
    if (s >= e) {
      return k - 1;
    }
    if (phrase.role() == RoleWord.DEADLINE) {
      DeadlineReader.Result result = DeadlineReader.inNoteValue(f, s, e, year);
      if (result.earliest() == null && !result.neededYear()) {
        parts.unreadDeadline(s, e);
      }
      parts.deadline(result);
    } else {
      if (f.indexOf(':', s) >= 0 && f.indexOf(':', s) < e) {
        flags.failed = true;
      }
      int from = s;
      for (int i = s; i <= e; i++) {
        if (i == e || f.charAt(i) == '、' || f.charAt(i) == ',') {
          int a = names.skip(from, i);
          int b = names.trim(a, i);
          if (a < b) {
            parts.add(NoteParts.Role.LEADER, a, b);
          }
          from = i + 1;
        }
      }
    }
    return k - 1;
  }

  /** Where a token starts: a phrase's start, a run's first name, a break's offset. */
  private static int tokenStart(Object token) {
    if (token instanceof RolePhrase phrase) {
      return phrase.start();
    }
    if (token instanceof Integer at) {
      return at;
    }
    List<?> run = (List<?>) token;
    return run.isEmpty() ? Integer.MAX_VALUE : ((RoleItem) run.get(0)).start();
  }
}
