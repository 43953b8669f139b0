package io.github.policytasks.metrics.lexicon;

import org.jspecify.annotations.Nullable;

/** What a task table's column holds, by its header (annotation guide §6, Tables). */
public enum ColumnField {
  /** Numbers the rows: 序号. */
  NUMBER(null),
  /** The task's title (and its text when no text column is present): 任务名称, 重点任务. */
  TITLE(null),
  /** The task's text, whose figures are the task's targets: 具体目标, 主要内容. */
  TEXT(null),
  /** A word that makes any short header a text column: 任务, 内容. */
  TEXT_WORD(null),
  /** The lead units: 牵头单位, 指导部门. */
  LEAD(NoteField.LEAD),
  /** 责任单位: supporting beside a 牵头 column, else the leads. */
  RESPONSIBLE(NoteField.RESPONSIBLE),
  /** 责任部门: the leads when it is the only unit column, else supporting. */
  RESPONSIBLE_DEPARTMENT(NoteField.RESPONSIBLE_DEPARTMENT),
  /** Supporting units: 配合单位. */
  SUPPORTING(NoteField.SUPPORTING),
  /** Leaders: 牵头领导, 包抓领导. */
  LEADER(NoteField.LEADER),
  /** The deadline: 完成时限. */
  DEADLINE(NoteField.DEADLINE),
  /** In an indicator table, the indicator a row measures (its target's subject): 指标名称. */
  INDICATOR(null),
  /** In an indicator table, the unit of the row's values: 单位, 计量单位. */
  MEASURE_UNIT(null),
  /** In an indicator table, the value the row commits to, read with the unit column: 目标值. */
  TARGET_VALUE(null),
  /** In an indicator table, a level the row starts from, no target: 基期值, 2022年完成值. */
  BASE_VALUE(null),
  /** In an indicator table, the weight of the row in an assessment, no target: 权重, 分值. */
  WEIGHT(null),
  /** In an indicator table, the kind of the indicator, no target: 属性 (预期性, 约束性). */
  ATTRIBUTE(null),
  /**
   * An amount each row commits to, its unit in the header's brackets: 年度投资（万元）. Each row's
   * bare figure in the column is a target of its task in that unit, its subject the header word.
   */
  QUANTITY(null);

  private final @Nullable NoteField noteField;

  ColumnField(@Nullable NoteField noteField) {
    this.noteField = noteField;
  }

  /** {@return the note field this column fills, or null for the number, title and text columns} */
  public @Nullable NoteField noteField() {
    return noteField;
  }
}
