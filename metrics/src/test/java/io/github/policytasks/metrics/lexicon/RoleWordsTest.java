package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleWordsTest {

  @Test
  void only_holdsTheWordsOfTheMeaningsAsked_andNoOthers() {
    WordTable<RoleWord> leaders = RoleWords.only(RoleWord.LEADER);
    assertThat(leaders.matchAt("分管领导", 2, 4).meaning()).isEqualTo(RoleWord.LEADER);
    assertThat(leaders.startsAt("牵头单位", 0, 4)).isFalse();
    assertThat(leaders.startsAt("部门", 0, 2)).isFalse();
  }

  @Test
  void only_ofSeveralMeanings_keepsEachWordsOwnMeaning() {
    WordTable<RoleWord> giving = RoleWords.only(RoleWord.LEAD, RoleWord.SUPPORTING);
    assertThat(giving.matchAt("牵头", 0, 2).meaning()).isEqualTo(RoleWord.LEAD);
    assertThat(giving.matchAt("配合", 0, 2).meaning()).isEqualTo(RoleWord.SUPPORTING);
    assertThat(giving.startsAt("负责", 0, 2)).isFalse();
    assertThat(RoleWords.table().matchAt("负责", 0, 2).meaning()).isEqualTo(RoleWord.RESPONSIBLE);
  }
}
