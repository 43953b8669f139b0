package io.github.policytasks.parser;

import static io.github.policytasks.parser.SingleTaskPlans.assertUnits;
import static io.github.policytasks.parser.SingleTaskPlans.leads;
import static io.github.policytasks.parser.SingleTaskPlans.only;

import org.junit.jupiter.api.Test;

/**
 * Role words of responsibility clauses first seen in genre round 5 (annotation guide §2, §6
 * Notes), as rows of {@code note-role-words.txt}: a bracketed {@code （统筹）} marks the lead as
 * {@code （牵头）} does; {@code 领办} and {@code 统揽} lead; {@code 承办} supports; {@code 协力} is a
 * filler before a support word and no part of the name before it.
 */
class UnseenRoleWordsTest {
  @Test
  void bracketedCoordinatingMark_marksTheLead() {
    assertUnits(only("1.新建公共海外仓8个。　　责任单位：省商务厅（统筹）、省邮政管理局、西陵海关"),
        leads("省商务厅"), "省邮政管理局", "西陵海关");
  }

  @Test
  void leadingAndSupportingVerbsAfterUnits() {
    assertUnits(only("1.培育专精特新企业50家。（市工业和信息化局领办，市财政局、市科技局协同推动）"),
        leads("市工业和信息化局"), "市财政局", "市科技局");
    assertUnits(only("1.建成智慧校園10所。區教育局統攬，區財政局、區科技局共同承辦。"),
        leads("區教育局"), "區財政局", "區科技局");
  }

  @Test
  void xieLiBeforeASupportWord_isNoPartOfTheName() {
    assertUnits(only("1.舉辦全民健身活動20場。由區體育事業發展中心推進實施，區教育局、區衛生健康局協力支持。"),
        leads("區體育事業發展中心"), "區教育局", "區衛生健康局");
  }
}
