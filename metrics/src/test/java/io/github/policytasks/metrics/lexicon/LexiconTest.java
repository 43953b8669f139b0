package io.github.policytasks.metrics.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.policytasks.core.Bound;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vocabularies load from their data files, and the data keeps the rules the readers rely on. */
class LexiconTest {

  @Test
  void fold_traditionalFullWidthAndSpaces_givesTheSimplifiedHalfWidthFormOfTheSameLength() {
    String input = "牽頭單位\u3000（１．５萬畝）\t責任部門：縣發改局\r\n8〜10個";

    String folded = Folding.fold(input);

    assertThat(folded).isEqualTo("牵头单位 (1.5万亩) 责任部门:县发改局\r\n8~10个");
    assertThat(folded).hasSameSizeAs(input);
  }

  @Test
  void fold_everyChar_isIdempotent() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char once = Folding.fold((char) c);
      assertThat(Folding.fold(once)).as("U+%04X", c).isEqualTo(once);
    }
  }

  @Test
  void fold_everyUnicodeSpaceButTheLineBreaks_isASpace() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (c != '\n' && c != '\r' && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        assertThat(Folding.fold((char) c)).as("U+%04X", c).isEqualTo(' ');
      }
    }
  }

  @Test
  void fold_aCharOfNoRow_isItself() {
    for (char c : "\n\r!~a中縣\u0084\u00a1\u1681\u200e\u2030\u205e\u3001\uffff".toCharArray()) {
      assertThat(Folding.fold(c)).as("U+%04X", (int) c).isEqualTo(c == '縣' ? '县' : c);
    }
  }

  @Test
  void numerals_all_isExactlyTheCharsThatAreNumerals() {
    StringBuilder numerals = new StringBuilder();
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Numerals.isNumeral((char) c)) {
        numerals.append((char) c);
      }
    }
    String all = Numerals.all();

    assertThat(all.chars().sorted().distinct().toArray())
        .isEqualTo(numerals.chars().toArray());
    assertThat(all).startsWith("零").contains("十", "百", "千", "拾", "九");
  }

  @Test
  void fold_lineBreaks_areKept() {
    assertThat(Folding.fold("\n")).isEqualTo("\n");
    assertThat(Folding.fold("\r")).isEqualTo("\r");
  }

  @Test
  void view_foldsEachCharOnAccess() {
    CharSequence view = Folding.view("萬畝");

    assertThat(view.charAt(0)).isEqualTo('万');
    assertThat(view.toString()).isEqualTo("万亩");
  }

  @Test
  void noteKeys_everyTraditionalForm_foldsToItsKey() {
    assertThat(NoteKeys.all()).isNotEmpty().allSatisfy(key ->
        assertThat(Folding.fold(key.traditional())).isEqualTo(key.simplified()));
    assertThat(NoteKeys.traditional("牵头单位")).isEqualTo("牽頭單位");
    assertThat(NoteKeys.traditional(NoteKeys.firstListedRule())).isEqualTo("列第一位的為牽頭單位");
  }

  @Test
  void noteKeys_longestSpellingWins() {
    WordTable.Match<NoteKey> match = NoteKeys.table().matchAt("牵头单位:县发改局", 0, 9);

    assertThat(match).isNotNull();
    assertThat(match.meaning().simplified()).isEqualTo("牵头单位");
    assertThat(match.meaning().field()).isEqualTo(NoteField.LEAD);
  }

  @Test
  void noteKeys_roleWordAndUnitNoun_composeAKey() {
    assertThat(NoteKeys.of("实施单位").field()).isEqualTo(NoteField.RESPONSIBLE);
    assertThat(NoteKeys.of("实施部门").field()).isEqualTo(NoteField.RESPONSIBLE_DEPARTMENT);
    assertThat(NoteKeys.of("主办部门").field()).isEqualTo(NoteField.LEAD);
    assertThat(NoteKeys.of("协助处室").field()).isEqualTo(NoteField.SUPPORTING);
    assertThat(NoteKeys.of("主办").colonOnly()).isTrue();
    assertThat(NoteKeys.of("主办").field()).isEqualTo(NoteField.LEAD);
    assertThat(NoteKeys.traditional("承担单位")).isEqualTo("承擔單位");
    WordTable.Match<NoteKey> match = NoteKeys.table().matchAt("落实单位：各乡镇", 0, 8);
    assertThat(match).isNotNull();
    assertThat(match.meaning().field()).isEqualTo(NoteField.RESPONSIBLE);
  }

  @Test
  void noteKeys_listedSpelling_winsOverTheComposedOne() {
    assertThat(NoteKeys.of("主要责任单位").field()).isEqualTo(NoteField.LEAD);
    assertThat(NoteKeys.of("责任处室").field()).isEqualTo(NoteField.RESPONSIBLE_DEPARTMENT);
    assertThat(NoteKeys.all().stream().filter(k -> k.simplified().equals("牵头单位")).count()).isEqualTo(1);
  }

  @Test
  void noteKeys_unknownWord_namesIt() {
    assertThatThrownBy(() -> NoteKeys.traditional("负责"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("负责");
  }

  @Test
  void numerals_digitsAndUnits_haveTheirValues() {
    assertThat(Numerals.digit('两')).isEqualTo(2);
    assertThat(Numerals.digit('玖')).isEqualTo(9);
    assertThat(Numerals.digit('〇')).isZero();
    assertThat(Numerals.digit('万')).isEqualTo(-1);
    assertThat(Numerals.unit('千')).isEqualTo(1000);
    assertThat(Numerals.unit('一')).isZero();
    assertThat(Numerals.isNumeral(Folding.fold('貳'))).isTrue();
  }

  @Test
  void magnitudes_roles_selectTheirWords() {
    assertThat(Magnitudes.group().matchAt("万亿元", 0, 3).meaning().exponent()).isEqualTo(12);
    assertThat(Magnitudes.multiply().startsAt("万", 0, 1)).isFalse();
    assertThat(Magnitudes.word(8)).isEqualTo("亿");
    assertThat(Magnitudes.all()).filteredOn(Magnitude::prefix).extracting(Magnitude::word)
        .contains("十", "百", "千", "万", "亿", "万亿");
  }

  @Test
  void boundWords_positions_giveTheirBounds() {
    assertThat(BoundWords.at(WordPosition.BEFORE).matchEndingAt("不低于", 3, 0).meaning().bound())
        .isEqualTo(Bound.AT_LEAST);
    assertThat(BoundWords.at(WordPosition.AFTER).matchAt("或以下", 0, 3).meaning().bound())
        .isEqualTo(Bound.AT_MOST);
    assertThat(BoundWords.at(WordPosition.LEAD_IN).matchAt("达到", 0, 2).meaning().bound()).isNull();
    assertThat(BoundWords.at(WordPosition.NONE).matchEndingAt("最近", 2, 0)).isNotNull();
  }

  @Test
  void boundWords_wordAtTwoPositionsOfOneTable_isRefused() {
    assertThatThrownBy(() -> BoundWords.of(
        java.util.EnumSet.of(WordPosition.BEFORE, WordPosition.DETACHED)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少");
  }

  @Test
  void rangeSeparators_longestFirst() {
    assertThat(RangeSeparators.table().matchAt("——10", 0, 4).end()).isEqualTo(2);
    assertThat(RangeSeparators.all()).contains("-", "~", "至", "到");
  }

  @Test
  void tableHeaders_guideWords_fillTheirFields() {
    assertThat(TableHeaders.field("指导部门")).isEqualTo(ColumnField.LEAD);
    assertThat(TableHeaders.field("具体目标")).isEqualTo(ColumnField.TEXT);
    assertThat(TableHeaders.field("包抓领导").noteField()).isEqualTo(NoteField.LEADER);
    assertThat(TableHeaders.field("备注")).isNull();
  }

  @Test
  void notTargetPatterns_rules_holdTheirWords() {
    assertThat(NotTargetPatterns.table(NotTargetRule.BASELINE).startsAt("由", 0, 1)).isTrue();
    assertThat(NotTargetPatterns.charSet(NotTargetRule.WORD_BEFORE_ONE)['统']).isTrue();
  }

  @Test
  void notTargetPatterns_holdingOverArea_isAStatusWordEachRow() {
    List<String> holding = NotTargetPatterns.words(NotTargetRule.HOLDING_OVER_AREA);

    assertThat(holding).contains("全省拥有", "全市拥有", "全县拥有", "全区拥有");
    assertThat(NotTargetPatterns.words(NotTargetRule.STATUS)).containsAll(holding);
    assertThat(holding).doesNotContain("现拥有", "共拥有", "已拥有");
  }

  @Test
  void kindCues_words_giveTheirCue() {
    assertThat(KindCues.table().matchAt("降价", 0, 2).meaning()).isEqualTo(KindCue.FALL);
    assertThat(KindCues.table().matchAt("年均增长", 0, 4).meaning()).isEqualTo(KindCue.RISE);
    assertThat(KindCues.table().matchAt("提高到", 0, 3).meaning()).isEqualTo(KindCue.LEVEL);
    assertThat(KindCues.table().matchAt("同比", 0, 2).meaning()).isEqualTo(KindCue.CHANGE);
  }

  @Test
  void notTargetPatterns_newRules_holdTheirWords() {
    assertThat(NotTargetPatterns.table(NotTargetRule.RANK_BEFORE_QIAN).endsAt("全国", 2, 0)).isTrue();
    assertThat(NotTargetPatterns.table(NotTargetRule.NUMBERED_INSTITUTE).endsAt("电科", 2, 0)).isTrue();
    assertThat(NotTargetPatterns.table(NotTargetRule.COUNTING_VERB).endsAt("新建", 2, 0)).isTrue();
  }

  @Test
  void read_rowWithoutItsSource_isRefusedWithResourceAndLine() {
    assertThatThrownBy(() -> LexiconFile.read("row-without-source.txt", 2, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row-without-source.txt line 2")
        .hasMessageContaining("comment");
  }

  @Test
  void read_rowsOfEveryShape_giveTheirFieldsCommentsAndLines() {
    List<LexiconFile.Row> rows = LexiconFile.read("rows-of-every-shape.txt", 2, 3);

    assertThat(rows).extracting(LexiconFile.Row::fields, LexiconFile.Row::comment,
        LexiconFile.Row::line).containsExactly(
            tuple(List.of("甲", "乙", "丙"), "§1 guide", 3),
            tuple(List.of("丁", "戊"), "source", 4),
            tuple(List.of("己", "庚"), "trailing spaces", 5),
            tuple(List.of("辛", "壬"), "last, no line break", 6));
  }

  @Test
  void read_wordNotInFoldedForm_isRefused() {
    LexiconFile.Row row = LexiconFile.read("unfolded-word.txt", 1, 1).get(0);

    assertThatThrownBy(() -> LexiconFile.folded(row, row.field(0)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unfolded-word.txt line 2").hasMessageContaining("牵头");
  }

  @Test
  void wordTable_wordNotInFoldedForm_isRefused() {
    assertThatThrownBy(() -> WordTable.of(Boolean.TRUE, "，"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("folded");
  }
}
