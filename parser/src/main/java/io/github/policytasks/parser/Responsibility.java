package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from one task's notes and the document-wide rules, who leads, who supports and who
 * is the responsible leader (annotation guide §2): 牵头单位 lead and make every 责任单位
 * supporting; where no 牵头单位 is named and the document states that the first-listed unit
 * leads ({@code 列第一位的为牵头单位}) or names no 牵头单位 anywhere, the first 责任单位 leads and
 * the rest support; 责任部门 leads when no 牵头单位 and no 责任单位 are named; in a verb-form note
 * the first unit before 负责 leads when no unit is named before 牵头 — in each note of the task, so
 * that a task with one note per measure has the first unit of each as a lead (annotation guide §6).
 * One resolver serves one parse: it decides for one task at a time into its three lists, which
 * it empties for the next task, so that a plan's tasks make no lists of their own. Not
 * thread-safe.
 */
final class Responsibility {
  private final List<NoteParts.Name> leads = new ArrayList<>();
  private final List<NoteParts.Name> supporting = new ArrayList<>();
  private final List<NoteParts.Name> leaders = new ArrayList<>();

  /**
   * Decides who leads, supports and answers for a task, from its notes (several notes merged in
   * order: each unit once, a lead never also supporting; names compared in the folded text {@code
   * f}), then the units of the document's default clauses that apply to it ({@code 以下均需…落实}):
   * the first leads when the task's own notes name no lead, the rest support. The answer stands in
   * {@link #leads}, {@link #supporting} and {@link #leaders} until the next call.
   */
  void resolve(NoteParts parts, boolean firstListedLeads, boolean documentNamesLeads,
      List<NoteParts.Name> defaults, String f) {
    leads.clear();
    supporting.clear();
    leaders.clear();
    sort(parts, firstListedLeads, documentNamesLeads);
    for (int k = 0; k < defaults.size(); k++) {
      (leads.isEmpty() ? leads : supporting).add(defaults.get(k));
    }
    keepDistinct(leads, List.of(), f);
    keepDistinct(supporting, leads, f);
    keepDistinct(leaders, List.of(), f);
  }

  /** The units that lead the task last {@link #resolve resolved}, in written order. */
  List<NoteParts.Name> leads() {
    return leads;
  }

  /** The units that take part in it without leading, in written order. */
  List<NoteParts.Name> supporting() {
    return supporting;
  }

  /** Its responsible leaders, in written order. */
  List<NoteParts.Name> leaders() {
    return leaders;
  }

  /** Above this many names a set finds repeats; below it, comparing in place allocates nothing. */
  private static final int FEW_NAMES = 16;

  /**
   * Takes out of {@code names}, in place, the repeats and the names in {@code taken}, keeping the
   * written order: nothing moves when there are none (the common case, which allocates nothing).
   */
  static void keepDistinct(List<NoteParts.Name> names, List<NoteParts.Name> taken, String f) {
    if (names.size() + taken.size() > FEW_NAMES) {
      List<NoteParts.Name> kept = distinctBySet(names, taken, f);
      names.clear();
      names.addAll(kept);
      return;
    }
    if (isDistinct(names, taken, f)) {
      return;
    }
    int kept = 0;
    for (int i = 0; i < names.size(); i++) {
      NoteParts.Name name = names.get(i);
      if (!contains(taken, taken.size(), name, f) && !contains(names, kept, name, f)) {
        names.set(kept++, name);
      }
    }
    names.subList(kept, names.size()).clear();
  }

  /** Whether no name of {@code names} repeats one before it or one in {@code taken}. */
  private static boolean isDistinct(List<NoteParts.Name> names, List<NoteParts.Name> taken, String f) {
    for (int i = 0; i < names.size(); i++) {
      NoteParts.Name name = names.get(i);
      if (contains(taken, taken.size(), name, f) || contains(names, i, name, f)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether one of the first {@code count} names in {@code names} is written as {@code name} in
   * {@code f} (a name with a shared suffix, {@code 甲、乙市政府}, compared with its suffix).
   */
  private static boolean contains(List<NoteParts.Name> names, int count, NoteParts.Name name, String f) {
    int length = name.end() - name.start();
    for (int i = 0; i < count; i++) {
      NoteParts.Name other = names.get(i);
      if (name.suffixStart() >= 0 || other.suffixStart() >= 0) {
        if (name.in(f).equals(other.in(f))) {
          return true;
        }
      } else if (other.end() - other.start() == length
          && f.regionMatches(other.start(), f, name.start(), length)) {
        return true;
      }
    }
    return false;
  }

  /** {@link #distinct} for many names, in time linear in their number. */
  static List<NoteParts.Name> distinctBySet(List<NoteParts.Name> names, List<NoteParts.Name> taken, String f) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (NoteParts.Name name : taken) {
      seen.add(name.in(f));
    }
    List<NoteParts.Name> out = new ArrayList<>();
    for (NoteParts.Name name : names) {
      if (seen.add(name.in(f))) {
        out.add(name);
      }
    }
    return out;
  }

  /** Sorts the task's names by role into the three lists, in written order. */
  private void sort(NoteParts parts, boolean firstListedLeads, boolean documentNamesLeads) {
    boolean hasLead = parts.has(NoteParts.Role.LEAD);
    boolean hasResponsible = parts.has(NoteParts.Role.RESPONSIBLE);
    boolean departmentLeads = !hasLead && !hasResponsible;
    boolean firstResponsibleLeads = !hasLead && (firstListedLeads || !documentNamesLeads);
    boolean firstVerbLeads = false;
    boolean promoted = false;
    List<NoteParts.Name> names = parts.names();
    for (int i = 0; i < names.size(); i++) {
      NoteParts.Name name = names.get(i);
      if (i == 0 || parts.opensNote(i)) {
        promoted = false;
        firstVerbLeads = namesNoLeadFrom(parts, i);
      }
      switch (name.role()) {
        case LEAD:
          leads.add(name);
          break;
        case RESPONSIBLE:
          if (firstResponsibleLeads && !promoted) {
            leads.add(name);
            promoted = true;
          } else {
            supporting.add(name);
          }
          break;
        case RESPONSIBLE_BY_VERB:
          if (firstVerbLeads && !promoted) {
            leads.add(name);
            promoted = true;
          } else {
            supporting.add(name);
          }
          break;
        case RESPONSIBLE_DEPARTMENT:
          if (departmentLeads) {
            leads.add(name);
          } else {
            supporting.add(name);
          }
          break;
        case SUPPORTING:
          supporting.add(name);
          break;
        case LEADER:
          leaders.add(name);
          break;
        default:
          throw new IllegalStateException("Unhandled role " + name.role());
      }
    }
  }

  /**
   * Whether the note whose names start at {@code from} names no unit before 牵头 and under no
   * 牵头单位 or 责任单位 key: its first unit before 负责 then leads that measure, whatever the
   * task's other notes say (annotation guide §2 read for each note, §6 several notes per task).
   */
  private static boolean namesNoLeadFrom(NoteParts parts, int from) {
    List<NoteParts.Name> names = parts.names();
    for (int i = from; i < names.size() && (i == from || !parts.opensNote(i)); i++) {
      NoteParts.Role role = names.get(i).role();
      if (role == NoteParts.Role.LEAD || role == NoteParts.Role.RESPONSIBLE) {
        return false;
      }
    }
    return true;
  }
}
