package io.github.policytasks.metrics.lexicon;

/**
 * What a word of a responsibility clause does (annotation guide §2, §6 Notes), from {@code
 * note-role-words.txt}: the role it gives the units it stands next to, or its part in a role
 * phrase around such a word ({@code 为牵头单位}, {@code 予以配合}, {@code 牵头部门（单位）：}).
 */
public enum RoleWord {
  /** {@code 牵头}, {@code 主责}, {@code 负总责}: the units lead. */
  LEAD,
  /** {@code 负责}, {@code 责任}, {@code 落实}: the units answer for the task; the first leads where nothing else does. */
  RESPONSIBLE,
  /** {@code 配合}, {@code 参与}, {@code 协助}: the units support. */
  SUPPORTING,
  /** {@code 领导}, {@code 责任人}: the names are persons' posts, leaders, not units. */
  LEADER,
  /** {@code 完成时限}, {@code 时间节点}: the value is a deadline. */
  DEADLINE,
  /** {@code 单位}, {@code 主体}: a noun that makes a role word a key; no role of its own. */
  NOUN,
  /**
   * {@code 部门}, {@code 处室}, {@code 站所}: a noun of departments; {@code 责任部门} leads when it is the
   * note's only key (annotation guide §2).
   */
  DEPARTMENT,
  /** {@code 共同}, {@code 具体}, {@code 予以}: a word that stands by a role word and adds nothing. */
  FILLER,
  /** {@code 为}, {@code 是}: links units and a role phrase in either order. */
  LINK
}
