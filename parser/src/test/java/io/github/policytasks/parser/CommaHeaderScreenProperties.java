package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.metrics.lexicon.ColumnField;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.TableHeaders;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CommaHeaderScreen} rules out only lines that the reference path, cutting the row's cells
 * ({@link CommaCells#rowEnd}, {@link CommaCells#split}) and asking {@link CommaCells#isHeader},
 * also refuses as a comma ledger's header: on generated rows of header words, note keys, clauses,
 * quoted cells, colons and blanks, and on every corpus document's lines.
 */
class CommaHeaderScreenProperties {
  private static final List<String> HEADERS = headers();
  private static final List<String> OTHER_CELLS = List.of(
      "", " ", "　", "1", "12", "推进", "建设道路", "到2023年底", "县发改局", "县财政局", "牵头单位:", "责任单位：",
      "完成时限:2023年", "\"县财政局,县自然资源局\"", "\"说\"\"好\"\"\"", "\"未闭合", "序号:", "主要目标。",
      "（部门）", "(1)", "牵头单位（部门）", "序 号", "重点 任务", "目标值（万元）", "任务内容");

  private static List<String> headers() {
    List<String> all = new ArrayList<>();
    for (ColumnField field : ColumnField.values()) {
      all.addAll(TableHeaders.headers(field));
    }
    return List.copyOf(all);
  }

  @Provide
  Arbitrary<String> rows() {
    Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.of(HEADERS), Arbitraries.of(OTHER_CELLS),
        Arbitraries.of(HEADERS).map(h -> " " + h + "　"));
    Arbitrary<String> tail = Arbitraries.of("", "\n", "\r\n", "\n2,推进,县财政局", "\"\n续,县民政局");
    return cell.list().ofMinSize(1).ofMaxSize(9).map(cells -> String.join(",", cells))
        .flatMap(row -> tail.map(t -> row + t));
  }

  @Property(tries = 3000)
  void screen_onGeneratedRows_rulesOutOnlyWhatTheCellsRefuse(@ForAll("rows") String text) {
    assertScreenAgrees(text);
  }

  @Example
  void screen_onEveryCorpusLine_rulesOutOnlyWhatTheCellsRefuse() {
    List<CorpusDocuments.Doc> docs = CorpusDocuments.all();
    assertThat(docs).hasSizeGreaterThan(10);
    for (CorpusDocuments.Doc doc : docs) {
      String text = doc.text();
      for (int start = 0; start < text.length(); start = text.indexOf('\n', start) + 1) {
        assertScreenAgrees(text, start);
        if (text.indexOf('\n', start) < 0) {
          break;
        }
      }
    }
  }

  @Example
  void screen_passesALedgerHeader_andRulesOutSentencesAndNotes() {
    assertThat(screen("序号,重点任务,具体目标,责任领导,牵头单位,配合单位", 0)).isTrue();
    assertThat(screen("推进工业绿色低碳转型,实施技改项目30个,到2023年底完成投资85亿元。", 0)).isFalse();
    assertThat(screen("责任单位:县财政局,县发展和改革局,县住房和城乡建设局", 0)).isFalse();
    assertThat(screen("1,扩大投资,\"实施项目120个,完成投资85亿元。\"", 0)).isTrue();
    assertThat(screen("序 号 ,　重点任务,牵头单位\n", 0)).isTrue();
  }

  /** The screen of the row at {@code start}, run to its line break as the body reader runs it. */
  private static boolean screen(String text, int start) {
    SourceText source = new SourceText(text);
    return CommaHeaderScreen.mayBeHeader(CellMarks.of(source, source.folded()), start,
        source.lineEnd(source.line(start) - 1));
  }

  private static void assertScreenAgrees(String text) {
    assertScreenAgrees(text, 0);
  }

  private static void assertScreenAgrees(String text, int start) {
    String f = Folding.fold(text);
    if (screen(text, start)) {
      return;
    }
    int end = CommaCells.rowEnd(text, start);
    boolean header = false;
    if (end >= 0) {
      List<PipeCells.Cell> cells = CommaCells.split(text, f, start, end);
      header = cells.size() >= 3 && CommaCells.isHeader(f, cells);
    }
    assertThat(header).as("screened out: %s", text.substring(start, Math.max(start, end))).isFalse();
  }
}
