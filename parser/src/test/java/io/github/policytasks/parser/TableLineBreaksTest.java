package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.Folding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link TableLineBreaks#headingAfterLastCell}: a section heading that a copy ran onto a table's
 * last row starts right after a unit's name or a sentence end in the line's last cell, when a
 * section label with heading text after it stands there; anything else in that cell is the cell's.
 */
class TableLineBreaksTest {
  @ParameterizedTest
  @CsvSource(delimiter = '/', value = {
      "5 | 新建道路12公里。 | 县市场监督管理局二、重点工作任务/二、重点工作任务",
      "5 | 新建道路12公里。 | 2023年底前完成。十二、保障措施/十二、保障措施"})
  void aSectionLabelAfterAUnitOrASentenceEndInTheLastCell_startsTheHeading(String line, String heading) {
    String f = Folding.fold(line);
    assertThat(TableLineBreaks.headingAfterLastCell(f, 0, f.length())).isEqualTo(f.indexOf(heading));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "5 | 新建道路12公里。 | 县发展和改革局二、三季度完成",
      "5 | 新建道路12公里。 | 县交通运输局二、 | 2023年底前",
      "5 | 新建道路12公里。 | 县交通运输局二、",
      "5 | 新建道路12公里。 | 县交通运输局二、3个",
      "5 | 新建道路12公里。 | 推进第二、第三批项目",
      "5 | 新建道路12公里。 | 县交通运输局 | 十二、保障措施",
      "县交通运输局二、重点工作任务"})
  void anythingElseInTheLastCell_isTheCells(String line) {
    String f = Folding.fold(line);
    assertThat(TableLineBreaks.headingAfterLastCell(f, 0, f.length())).isEqualTo(-1);
  }
}
