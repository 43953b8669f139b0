package io.github.policytasks.metrics.lexicon;

/** The field of a responsibility note that a key fills (annotation guide §2, §6). */
public enum NoteField {
  /** 牵头单位, 牵头部门: the lead units, principal lead first. */
  LEAD,
  /** 责任单位: supporting units, or the leads where the first-listed rule applies. */
  RESPONSIBLE,
  /** 责任部门: the lead units when it is the only unit key, else supporting. */
  RESPONSIBLE_DEPARTMENT,
  /** 配合单位, 参与单位, 协同单位: supporting units. */
  SUPPORTING,
  /** 责任领导, 分管领导: leaders, kept as written. */
  LEADER,
  /** 完成时限, 时间节点: the deadline. */
  DEADLINE
}
