package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The numbered lines that head numbered items carrying notes while carrying none of their own
 * ({@code 1.推进农村厕所革命} over {@code （1）新建改造户用卫生厕所。…（牵头单位：…）}): headings, not
 * tasks, as guide §6 decides {@code （一）} by what stands under it. Decided item by item, by the
 * levels of the genre's numbering ({@code 一、} over {@code （一）} over {@code 1.} over {@code (1)}
 * over {@code ①}): a {@code 1.}, {@code 第一条}, {@code (1)} or {@code ①} line that does not end with
 * a note, under which (before the next item of its level or a higher one) a deeper item's line ends
 * with its own note. A noted deeper item is a task of its own; one without a note stays a point of
 * the task above it. Such a heading is a section where no heading stands above it, a subsection
 * where only section headings do, and a heading of no part of the model deeper still; under an item
 * that is a task (its own note, or a {@code 1.} item without noted items under it) it is no
 * heading. Immutable once built; not thread-safe while built.
 */
final class NotedItemHeadings {

  /** What a heading of noted items opens. */
  enum Role {
    /** A section: no heading stands above it. */
    SECTION,
    /** A subsection of the section above it. */
    SUBSECTION,
    /** A heading deeper than the model's two levels: it opens no part, its tasks stay where they are. */
    HEADING
  }

  private static final NotedItemHeadings NONE = new NotedItemHeadings(Map.of());

  private final Map<Integer, Role> roles;

  private NotedItemHeadings(Map<Integer, Role> roles) {
    this.roles = roles;
  }

  /** None at all. */
  static NotedItemHeadings none() {
    return NONE;
  }

  /** The role of the line whose label starts at {@code labelStart}, or null where it heads no noted items. */
  @Nullable Role roleAt(int labelStart) {
    return roles.isEmpty() ? null : roles.get(labelStart);
  }

  /** Whether any line heads noted items. */
  boolean isEmpty() {
    return roles.isEmpty();
  }

  /**
   * Whether any line of {@code labels} may head others: a {@code 1.}, {@code 第一条}, {@code (1)}
   * or {@code ①} line followed by a line of a deeper level. Without one no note need be looked for.
   */
  static boolean mayHead(String f, List<@Nullable Label> labels) {
    int highest = Integer.MAX_VALUE;
    for (Label label : labels) {
      if (label == null) {
        continue;
      }
      int rank = rank(f, label);
      if (rank > highest) {
        return true;
      }
      if (isCandidate(label)) {
        highest = Math.min(highest, rank);
      }
    }
    return false;
  }

  /**
   * The headings among {@code labels} (one per line, null for a line without a label), given for
   * each line whether it ends with its own note ({@code noted}) and whether a note line stands right
   * after it ({@code noteLineAfter}): a line so followed has a note of its own, but a deeper item
   * counts as noted by its own line only (a note line after the last point of a task is the task's);
   * and whether its text reads as a heading's ({@code headingText}: no sentence end, {@link
   * #isHeadingText}), since a line of sentences ({@code 5.建设示范区。}) is a task whose measures
   * are numbered under it.
   */
  static NotedItemHeadings of(String f, List<@Nullable Label> labels, List<Boolean> noted,
      List<Boolean> noteLineAfter, List<Boolean> headingText) {
    List<Item> items = new ArrayList<>();
    List<Item> open = new ArrayList<>();
    boolean anyCandidate = false;
    for (int k = 0; k < labels.size(); k++) {
      Label label = labels.get(k);
      if (label == null) {
        continue;
      }
      int rank = rank(f, label);
      while (!open.isEmpty() && open.get(open.size() - 1).rank >= rank) {
        open.remove(open.size() - 1);
      }
      Item item = new Item(label, rank, noted.get(k), noted.get(k) || noteLineAfter.get(k),
          headingText.get(k), open.isEmpty() ? null : open.get(open.size() - 1));
      if (item.noted) {
        for (Item above : open) {
          above.headsNoted = true;
        }
      }
      anyCandidate |= isCandidate(label);
      items.add(item);
      open.add(item);
    }
    if (!anyCandidate) {
      return NONE;
    }
    Map<Integer, Role> roles = new HashMap<>();
    for (Item item : items) {
      item.role = role(item);
      if (item.role != null) {
        roles.put(item.label.start(), item.role);
      }
    }
    return roles.isEmpty() ? NONE : new NotedItemHeadings(roles);
  }

  /** The role of {@code item}, its parents' decided before it, or null where it heads no noted items. */
  private static @Nullable Role role(Item item) {
    if (!isCandidate(item.label) || item.ownNote || !item.headingText || !item.headsNoted) {
      return null;
    }
    boolean section = false;
    boolean subsection = false;
    for (Item above = item.parent; above != null; above = above.parent) {
      switch (above.label.kind()) {
        case SECTION:
        case CHAPTER:
          section = true;
          break;
        case PART:
        case PARENTHESISED:
          if (above.ownNote) {
            return null;
          }
          subsection = true;
          break;
        default:
          if (above.role == null) {
            return null;
          }
          section |= above.role == Role.SECTION;
          subsection |= above.role != Role.SECTION;
      }
    }
    return subsection ? Role.HEADING : section ? Role.SUBSECTION : Role.SECTION;
  }

  /** Whether a line so labelled may head noted items in place of being a task: {@code 1.}, {@code 第一条}, {@code (1)}, {@code ①}. */
  private static boolean isCandidate(Label label) {
    return label.kind() == Label.Kind.ARABIC || label.kind() == Label.Kind.ARTICLE
        || label.kind() == Label.Kind.SUB_ITEM;
  }

  /**
   * Whether the text {@code [from, end)} of a numbered line reads as a heading's: it holds no
   * sentence end ({@code 。 ; ! ?}), so it names a part rather than states a measure.
   */
  static boolean isHeadingText(String f, int from, int end) {
    for (int k = from; k < end; k++) {
      if ("。;!?；！？".indexOf(f.charAt(k)) >= 0) {
        return false;
      }
    }
    return end > from;
  }

  /** The rank of a {@code (1)} label ({@link #rank}). */
  static final int PAREN_RANK = 4;
  /** The rank of a {@code ①} label ({@link #rank}). */
  static final int CIRCLED_RANK = 5;

  /**
   * The level of a label in the genre's numbering, the highest 0: {@code 一、} and {@code 第一章},
   * {@code 第一节}, {@code （一）}, {@code 1.} and {@code 第一条}, {@code (1)}, {@code ①}.
   */
  static int rank(String f, Label label) {
    switch (label.kind()) {
      case SECTION:
      case CHAPTER:
        return 0;
      case PART:
        return 1;
      case PARENTHESISED:
        return 2;
      case SUB_ITEM:
        return LineShapes.isCircledNumeral(f.charAt(label.start())) ? CIRCLED_RANK : PAREN_RANK;
      default:
        return 3;
    }
  }

  /** A numbered line, the item it stands under, and what is known of it. */
  private static final class Item {
    final Label label;
    final int rank;
    /** Whether its line ends with its own note. */
    final boolean noted;
    /** Whether it has a note of its own: on its line or on the note line right after it. */
    final boolean ownNote;
    /** Whether its text reads as a heading's: no sentence end. */
    final boolean headingText;
    final @Nullable Item parent;
    boolean headsNoted;
    @Nullable Role role;

    Item(Label label, int rank, boolean noted, boolean ownNote, boolean headingText, @Nullable Item parent) {
      this.label = label;
      this.rank = rank;
      this.noted = noted;
      this.ownNote = ownNote;
      this.headingText = headingText;
      this.parent = parent;
    }
  }
}
