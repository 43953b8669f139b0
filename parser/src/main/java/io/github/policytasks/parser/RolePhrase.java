package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.RoleWord;

/**
 * A role phrase of a responsibility note ({@code 牵头}, {@code 配合单位：}, {@code （牵头）}): its
 * role, where it stands in the folded text, and whether it is a key that names what follows it
 * ({@code forward}); {@code department} for a key of departments, {@code subject} for one naming
 * the task's 主体, {@code unlisted} for words no list holds read as a verb after a unit.
 *
 * @param role the role the phrase gives
 * @param start where the phrase starts
 * @param end where the phrase ends
 * @param forward whether the phrase is a key naming what follows it
 * @param department whether the key names departments ({@code 责任部门})
 * @param subject whether the key names the task's subject ({@code 责任主体})
 * @param unlisted whether the phrase is words no list holds
 */
record RolePhrase(RoleWord role, int start, int end, boolean forward, boolean department, boolean subject,
    boolean unlisted) {
  RolePhrase(RoleWord role, int start, int end, boolean forward, boolean department) {
    this(role, start, end, forward, department, false, false);
  }

  RolePhrase(RoleWord role, int start, int end, boolean forward, boolean department, boolean subject) {
    this(role, start, end, forward, department, subject, false);
  }
}
