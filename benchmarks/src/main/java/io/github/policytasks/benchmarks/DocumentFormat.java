package io.github.policytasks.benchmarks;

import io.github.policytasks.core.Plan;
import io.github.policytasks.render.PlanRenderer;
import io.github.policytasks.render.RenderStyle;
import io.github.policytasks.render.HeaderTable;
import io.github.policytasks.render.LineEnding;
import io.github.policytasks.render.NoteKeys;
import io.github.policytasks.render.NoteLayout;
import io.github.policytasks.render.Punctuation;
import io.github.policytasks.render.TaskLayout;
import io.github.policytasks.render.TaskNumbering;
import java.util.function.Function;

/**
 * The layouts a corpus document is written in: the genre's format variants (full-width
 * punctuation, Traditional note keys, notes on their own lines, numbering restarted in each
 * section, pipe tables, web-copy noise, other numbering, note keys and line endings). Each turns
 * a {@link Plan} into document text. Immutable and thread-safe.
 */
enum DocumentFormat {
  /** The portal-copy style: half-width punctuation, {@code 1.}, {@code (牵头单位:…)}. */
  PORTAL_COPY(rendered(RenderStyle.defaults())),
  /** Full-width punctuation and numbers ({@code 1．}, {@code （牵头单位：…）}), header table, notice. */
  FULL_WIDTH(rendered(RenderStyle.builder()
      .punctuation(Punctuation.FULL_WIDTH)
      .taskNumbering(TaskNumbering.FULL_WIDTH_DOT)
      .headerTable(HeaderTable.FOUR_COLUMNS)
      .notice(true)
      .build())),
  /** Traditional note keys ({@code 牽頭單位}) in {@code 〔…〕}, {@code 1、}, CRLF line ends. */
  TRADITIONAL_NOTE_KEYS(rendered(RenderStyle.builder()
      .traditionalNoteKeys(true)
      .noteLayout(NoteLayout.TORTOISE_SHELL_BRACKETS)
      .taskNumbering(TaskNumbering.IDEOGRAPHIC_COMMA)
      .lineEnding(LineEnding.CRLF)
      .build())),
  /** Each note key on a line of its own after the task ({@code 牵头部门:…}), two-column header. */
  OWN_LINE_NOTES(rendered(RenderStyle.builder()
      .noteLayout(NoteLayout.OWN_LINES)
      .noteKeys(NoteKeys.LEAD_DEPARTMENT)
      .headerTable(HeaderTable.TWO_COLUMNS)
      .build())),
  /** {@code 责任单位:…} only, the first listed leading, as the document states once. */
  FIRST_LISTED_LEADS(rendered(RenderStyle.builder()
      .noteKeys(NoteKeys.RESPONSIBLE_FIRST_LEADS)
      .spaceAfterTaskNumber(true)
      .build())),
  /** Verb-form notes ({@code (县商务局牵头,县财政局配合)}), page furniture, CR line ends. */
  VERB_NOTES(rendered(RenderStyle.builder()
      .noteKeys(NoteKeys.VERB)
      .webNoise(true)
      .lineEnding(LineEnding.CR)
      .build())),
  /** Tasks numbered {@code （十二）} in full-width brackets. */
  PARENTHESISED_NUMBERS(rendered(RenderStyle.builder()
      .taskNumbering(TaskNumbering.PARENTHESISED_CHINESE)
      .subsectionHeadings(false)
      .punctuation(Punctuation.FULL_WIDTH)
      .headerTable(HeaderTable.BOTH)
      .build())),
  /** Task numbers restarting at 1 in every section. */
  RESTARTED_NUMBERING(plan -> PlanRenderer.create().render(PlanVariants.restartNumbering(plan))),
  /**
   * The tasks of each section as a pipe table ({@link TaskLayout#PIPE_TABLE}): {@code 序号 |
   * 主要工作任务 | 牵头单位 | 责任单位 | 责任领导 | 完成时限 |}.
   */
  PIPE_TABLE(rendered(RenderStyle.builder().taskLayout(TaskLayout.PIPE_TABLE).build())),
  /** The portal copy with web-copy noise lines, blank lines and odd indentation between lines. */
  NOISE_LINES(plan -> NoiseLines.add(PlanRenderer.create().render(plan)));

  private final Function<Plan, String> writer;

  DocumentFormat(Function<Plan, String> writer) {
    this.writer = writer;
  }

  /** {@code plan} written in this format. */
  String write(Plan plan) {
    return writer.apply(plan);
  }

  private static Function<Plan, String> rendered(RenderStyle style) {
    PlanRenderer renderer = PlanRenderer.of(style);
    return renderer::render;
  }
}
