package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The note words load from their data files and match as the note reader relies on. */
class NoteWordsTest {

  @Test
  void verbs_longestVerbEndingAClause_winsWithItsRole() {
    String clause = "各镇街按职责分工负责";

    WordTable.Match<NoteVerb> verb = NoteWords.verbs().matchEndingAt(clause, clause.length(), 0);

    assertThat(verb).isNotNull();
    assertThat(clause.substring(verb.start())).isEqualTo("按职责分工负责");
    assertThat(verb.meaning()).isEqualTo(NoteVerb.RESPONSIBLE);
    assertThat(NoteWords.verbs().matchEndingAt("县财政局配合落实", 8, 0).meaning()).isEqualTo(NoteVerb.SUPPORTING);
    assertThat(NoteWords.verbs().matchEndingAt("县商务局牵头", 6, 0).meaning()).isEqualTo(NoteVerb.LEAD);
  }

  @Test
  void traditional_ofAVerb_foldsBackToIt() {
    assertThat(NoteWords.traditional("负责")).isEqualTo("負責");
    assertThat(Folding.fold(NoteWords.traditional("分别负责"))).isEqualTo("分别负责");
    assertThatThrownBy(() -> NoteWords.traditional("负责人")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultClauseWords_openAndCloseTheClause() {
    assertThat(NoteWords.defaultOpeners().startsAt("以下均需各市政府落实", 0, 10)).isTrue();
    assertThat(NoteWords.defaultOpeners().startsAt("以下是", 0, 3)).isFalse();
    assertThat(NoteWords.defaultClosers().matchAt("不再单独列出", 0, 6).end()).isEqualTo(6);
    assertThat(NoteWords.defaultLeadIns().matchAt("以下各项", 0, 4).end()).isEqualTo(2);
    assertThat(NoteWords.defaultLinks().matchAt("均为各县", 0, 4).end()).isEqualTo(2);
    assertThat(NoteWords.defaultLinks().startsAt("均衡", 0, 2)).isFalse();
  }

  @Test
  void unitEndings_tellOfficesUnitsAndGroups() {
    assertThat(NoteWords.unitEndings().matchEndingAt("海关总署", 4, 0).meaning()).isEqualTo(UnitEnding.OFFICE);
    assertThat(NoteWords.unitEndings().matchEndingAt("机械林场", 4, 0).meaning()).isEqualTo(UnitEnding.UNIT);
    assertThat(NoteWords.unitEndings().matchEndingAt("有关部门和单位", 7, 0).meaning()).isEqualTo(UnitEnding.GROUP);
    assertThat(NoteWords.unitEndings().matchEndingAt("定州", 2, 0)).isNull();
    assertThat(NoteWords.unitJoiners().startsAt("以及各地区", 0, 5)).isTrue();
  }

  @Test
  void unitEndings_tellMassOrganisationsAndLeadersByPost() {
    assertThat(NoteWords.unitEndings().matchEndingAt("全国妇联", 4, 0).meaning()).isEqualTo(UnitEnding.UNIT);
    assertThat(NoteWords.unitEndings().matchEndingAt("南京海关", 4, 0).meaning()).isEqualTo(UnitEnding.UNIT);
    assertThat(NoteWords.unitEndings().matchEndingAt("分管副市长", 5, 0).meaning()).isEqualTo(UnitEnding.LEADER);
    assertThat(NoteWords.unitEndings().matchEndingAt("协管副秘书长", 6, 0).meaning()).isEqualTo(UnitEnding.LEADER);
    assertThat(NoteWords.unitJoiners().startsAt("及各市人民政府", 0, 7)).isTrue();
    assertThat(NoteWords.progressPhrases().matchAt("持续推进", 0, 4).end()).isEqualTo(4);
  }

  @Test
  void unitJoiners_joinWithAndOnlyAfterEtcOrBeforeAGroupOfGovernments() {
    assertThat(NoteWords.unitJoiners().matchAt("等和各省级人民政府", 0, 9).meaning()).isEqualTo(new UnitJoiner(1, 2));
    assertThat(NoteWords.unitJoiners().matchAt("和各地级以上市人民政府", 0, 11).meaning()).isEqualTo(new UnitJoiner(0, 1));
    assertThat(NoteWords.unitJoiners().matchAt("以及各地区", 0, 5).meaning()).isEqualTo(new UnitJoiner(0, 2));
    assertThat(NoteWords.unitJoiners().matchAt("和信息化部", 0, 5)).isNull();
    assertThat(NoteWords.unitJoiners().matchAt("和单位", 0, 3)).isNull();
  }
}
