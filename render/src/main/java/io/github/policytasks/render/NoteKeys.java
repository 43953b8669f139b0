package io.github.policytasks.render;

/** A {@link RenderStyle} option: which keys name the responsible units in a note. */
public enum NoteKeys {
  /** {@code 牵头单位:…;责任单位:…}: leads under 牵头单位, the rest under 责任单位. */
  LEAD_UNIT,
  /** {@code 牵头部门:…;配合部门:…}. */
  LEAD_DEPARTMENT,
  /**
   * {@code 责任单位:…} only, with the first listed as the lead, which the document states once
   * ({@code 责任单位中列第一位的为牵头单位}). A task with several leads also gets a {@code 牵头单位}
   * key, and one with supporting units only a {@code 配合单位} key, so nothing is lost.
   */
  RESPONSIBLE_FIRST_LEADS,
  /**
   * The verb form: {@code (县商务局牵头,县财政局、县税务局配合)}; leaders and deadline keep their
   * keys. Needs a bracketed {@link NoteLayout}.
   */
  VERB
}
