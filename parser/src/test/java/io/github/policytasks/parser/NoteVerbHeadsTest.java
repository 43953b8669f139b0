package io.github.policytasks.parser;

import static io.github.policytasks.parser.SingleTaskPlans.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Task;
import org.junit.jupiter.api.Test;

/**
 * A verb note whose closing verb is none of {@code note-verbs.txt} but follows a word that gives the
 * role ({@code 按职责分工}; annotation guide §2 verb notes): {@code （县发改局、县财政局按职责分工推进）},
 * and a copy that rewrote 负责 ({@code 按职责分工卖力}); {@code 牵头} with an unlisted verb stays text.
 */
class NoteVerbHeadsTest {
  @Test
  void unlistedVerbAfterLead_isNoNoteInsideTheSentence() {
    Task task = only("1.建立联席会议制度(由县商务局牵头召集)。");

    assertThat(task.leadUnits()).isEmpty();
  }

  @Test
  void unlistedVerbAfterByDutiesDivided_makesTheUnitsResponsible() {
    Task task = only("1.推进民间资本参与项目建设。（省发展改革委、交通运输厅等省有关部门按职责分工卖力）");

    assertThat(task.leadUnits()).extracting(LeadUnit::name).containsExactly("省发展改革委");
    assertThat(task.supportingUnits()).extracting(LeadUnit::name).containsExactly("交通运输厅");
  }

  @Test
  void unitNamedByItsRole_isNoUnitBeforeLead() {
    Task task = only("1.实施人才项目。（责任单位：市委组织部，各项目牵头单位）");

    assertThat(task.supportingUnits()).extracting(LeadUnit::name).contains("各项目牵头单位");
  }

  @Test
  void unlistedWordsAfterNoUnit_areNoNote() {
    Task task = only("1.推进民间资本参与项目建设。（全面统筹按职责分工推进）");

    assertThat(task.leadUnits()).isEmpty();
  }
}
