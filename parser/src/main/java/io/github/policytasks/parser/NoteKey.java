package io.github.policytasks.parser;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The keys of a responsibility note (annotation guide §2) and the field each one fills. Matched
 * in folded text, so full-width and Traditional spellings ({@code 牽頭單位}) match too.
 */
enum NoteKey {
  /** 牵头单位, 牵头部门: the lead units, principal lead first. */
  LEAD(Role.LEAD, "牵头单位", "牵头部门", "主责单位", "主办单位", "牵头"),
  /** 责任单位: supporting units, or the leads where the first-listed rule applies. */
  RESPONSIBLE(Role.RESPONSIBLE, "责任单位", "责任"),
  /** 责任部门: the lead units when it is the only unit key, else supporting. */
  RESPONSIBLE_DEPARTMENT(Role.RESPONSIBLE_DEPARTMENT, "责任部门"),
  /** 配合单位, 参与单位, 协同单位, 配合部门: supporting units. */
  SUPPORTING(Role.SUPPORTING, "配合单位", "参与单位", "协同单位", "配合部门", "协办单位", "参加单位",
      "协助单位", "参与部门", "协同部门", "配合", "参与", "协办"),
  /** 责任领导, 分管领导, 牵头领导: leaders, kept as written. */
  LEADER(Role.LEADER, "责任领导", "分管领导", "牵头领导", "包保领导", "责任县领导", "牵头县领导", "分管县领导",
      "责任人"),
  /** 完成时限, 时间节点, 完成时间: the deadline. */
  DEADLINE(Role.DEADLINE, "完成时限", "时间节点", "完成时间", "完成期限", "时限要求", "时限");

  /** Spellings that are keys only when a colon follows ({@code 牵头：县发改局}); else they are words. */
  private static final Set<String> COLON_ONLY = Set.of("牵头", "责任", "配合", "参与", "协办", "时限");

  /** What a key's value fills. */
  enum Role { LEAD, RESPONSIBLE, RESPONSIBLE_DEPARTMENT, SUPPORTING, LEADER, DEADLINE }

  private static final boolean[] INITIALS = initials();
  /** Every spelling of every key, in declaration order, flattened so a lookup walks one array. */
  private static final Spelling[] SPELLINGS = spellings();

  private final Role role;
  private final String[] spellings;

  NoteKey(Role role, String... spellings) {
    this.role = role;
    this.spellings = spellings;
  }

  private static boolean[] initials() {
    boolean[] initials = new boolean[Character.MAX_VALUE + 1];
    for (NoteKey key : values()) {
      for (String spelling : key.spellings) {
        initials[spelling.charAt(0)] = true;
      }
    }
    return initials;
  }

  private static Spelling[] spellings() {
    java.util.List<Spelling> all = new java.util.ArrayList<>();
    for (NoteKey key : values()) {
      for (String spelling : key.spellings) {
        all.add(new Spelling(key, spelling, COLON_ONLY.contains(spelling)));
      }
    }
    return all.toArray(new Spelling[0]);
  }

  /** One spelling of a key, and whether it is a key only before a colon. */
  private record Spelling(NoteKey key, String text, boolean colonOnly) {}

  /** Whether some key's spelling starts with the folded character {@code c}. */
  static boolean couldStartKey(char c) {
    return INITIALS[c];
  }

  /** The field this key fills. */
  Role role() {
    return role;
  }

  /** A key found in text: which one, and where its spelling ends. */
  record Match(NoteKey key, int end) {}

  /** A spelling found in text, and whether it is a key only before a colon. */
  private record Spelled(Match match, boolean colonOnly) {}

  /**
   * The key spelled at {@code folded[at…]} within {@code limit}, the longest spelling winning;
   * null when none is.
   */
  static @Nullable Match at(String folded, int at, int limit) {
    Spelled spelled = spelledAt(folded, at, limit);
    return spelled == null ? null : spelled.match();
  }

  private static @Nullable Spelled spelledAt(String folded, int at, int limit) {
    if (at >= limit || !INITIALS[folded.charAt(at)]) {
      return null;
    }
    char initial = folded.charAt(at);
    Spelling best = null;
    for (Spelling spelling : SPELLINGS) {
      String text = spelling.text();
      int end = at + text.length();
      if (text.charAt(0) == initial && end <= limit && folded.startsWith(text, at)
          && (best == null || end > at + best.text().length())) {
        best = spelling;
      }
    }
    return best == null ? null
        : new Spelled(new Match(best.key(), at + best.text().length()), best.colonOnly());
  }


  /**
   * The key at {@code at} when it stands as a key: followed, after optional spaces, by a colon,
   * or by spaces then more text; null otherwise. Returns the match whose end is past the colon.
   */
  static @Nullable Match keyAt(String folded, int at, int limit) {
    Spelled spelled = spelledAt(folded, at, limit);
    if (spelled == null) {
      return null;
    }
    Match match = spelled.match();
    int i = match.end();
    int afterSpaces = i;
    while (afterSpaces < limit && TextFold.isBlank(folded.charAt(afterSpaces))) {
      afterSpaces++;
    }
    if (afterSpaces < limit && folded.charAt(afterSpaces) == ':') {
      return new Match(match.key(), afterSpaces + 1);
    }
    if (!spelled.colonOnly() && (afterSpaces > i || afterSpaces == limit)) {
      return new Match(match.key(), afterSpaces);
    }
    return null;
  }

}
