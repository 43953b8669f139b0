package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every join of two adjacent lines of every corpus document ({@link JoinedLinesProperties#joinsOf})
 * reads as the original, except the joins listed in {@value #GAPS}: a ratchet like the
 * metamorphic gaps — a new difference fails, and so does a listed join that now reads the same
 * (remove it from the list); a join listed with {@value MetamorphicTest#TITLES_ONLY} reads the same
 * tasks, units and targets and differs in titles only. The first difference of each gap is written to {@code
 * target/joined-lines-gaps.md}; and each reproducer of issue 15 that joins lines is checked here.
 */
class JoinedLinesTest {
  /** The known gaps: one {@code document / line N} a line. */
  static final String GAPS = "joined-lines-gaps.txt";
  private static final PlanParser PARSER = PlanParser.create();

  @Test
  void everyJoinOfTwoAdjacentLines_readsAsTheOriginal_exceptTheListedGaps() throws IOException {
    Set<String> gaps = new TreeSet<>();
    StringBuilder report = new StringBuilder("# Joined-lines gaps\n\n");
    for (CorpusDocuments.Doc doc : CorpusDocuments.all()) {
      Plan originalPlan = PARSER.parse(doc.text());
      List<String> original = MetamorphicTest.outline(originalPlan);
      for (JoinedLinesProperties.Join join : JoinedLinesProperties.joinsOf(doc)) {
        Plan readPlan = PARSER.parse(join.joined());
        if (!MetamorphicTest.outline(readPlan).equals(original)) {
          String key = MetamorphicTest.gapKey(join.key(), originalPlan, readPlan);
          gaps.add(key);
          report.append("- ").append(key).append(": ").append(join).append('\n');
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/joined-lines-gaps.md"), report.toString(), StandardCharsets.UTF_8);
    Set<String> known = knownGaps();
    Set<String> added = new TreeSet<>(gaps);
    added.removeAll(known);
    Set<String> closed = new TreeSet<>(known);
    closed.removeAll(gaps);
    closed.removeIf(gap -> gap.startsWith("real-plans/") && CorpusDocuments.realPlansFolder() == null);
    assertThat(added).as("joins that no longer read as the original (see target/joined-lines-gaps.md)").isEmpty();
    assertThat(closed).as("gaps closed: remove them from " + GAPS).isEmpty();
  }

  @Test
  void sectionHeadingRunIntoItsFirstTask_isSplit() {
    String joined = "某县2023年重点工作任务\n一、聚力创新驱动\n1.搭建平台。新建平台4家以上。（牵头单位：县科技局）"
        + "二、数字化转型3.建设智慧园区。建成园区2个。（牵头单位：县工信局）\n4.建设数据中心。（牵头单位：县大数据局）\n";

    assertThat(PARSER.parse(joined).sections()).extracting(s -> s.title()).containsExactly("聚力创新驱动", "数字化转型");
    assertThat(PARSER.parse(joined).allTasks()).extracting(t -> t.number()).containsExactly(1, 3, 4);
  }

  @Test
  void subsectionHeadingRunIntoItsFirstTask_isSplit() {
    String joined = "某县2023年重点工作任务\n一、聚力创新驱动\n（一）数字化2.建设智慧园区。建成园区2个。（牵头单位：县工信局）\n";

    assertThat(PARSER.parse(joined).allTasks()).singleElement().satisfies(t -> {
      assertThat(t.number()).isEqualTo(2);
      assertThat(t.title()).isEqualTo("建设智慧园区");
    });
  }

  @Test
  void titleRunIntoTheFirstSection_isSplit() {
    String joined = "某县2023年重点工作任务一、经济发展\n1.推进项目建设。实施重点项目30个。（牵头单位：县发改局）\n";

    var plan = PARSER.parse(joined);
    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务");
    assertThat(plan.sections()).extracting(s -> s.title()).containsExactly("经济发展");
  }

  @Test
  void twoTasksWithOwnLineNotesOnOneLine_stayTwoTasks() {
    String joined = "某县2023年重点工作任务\n一、经济发展\n1.推进项目建设。实施重点项目30个。\n牵头单位：县发改局"
        + "2.扩大消费。举办活动10场。\n牵头单位：县商务局\n";

    assertThat(PARSER.parse(joined).allTasks()).extracting(t -> t.number()).containsExactly(1, 2);
  }

  @Test
  void twoTableRowsOnOneLine_areTwoRows_whateverTheBorders() {
    String head = "某县2023年重点工作任务清单\n";
    String glued = head + "序号 | 主要工作任务 | 牵头单位 | 完成时限\n"
        + "1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前2 | 新增就业5000人。 | 县人社局 | 年底前\n";
    String closed = head + "序号 | 主要工作任务 | 牵头单位 | 完成时限 |\n"
        + "1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前 |2 | 新增就业5000人。 | 县人社局 | 年底前 |\n";
    String bordered = head + "| 序号 | 主要工作任务 | 牵头单位 | 完成时限 |\n"
        + "| 1 | 新建道路120公里。 | 县交通运输局 | 2023年11月底前 || 2 | 新增就业5000人。 | 县人社局 | 年底前 |\n";

    for (String text : List.of(glued, closed, bordered)) {
      var plan = PARSER.parse(text);
      assertThat(plan.allTasks()).as(text).extracting(t -> t.number()).containsExactly(1, 2);
      assertThat(plan.allTasks().get(0).leadUnits()).as(text).extracting(u -> u.name()).containsExactly("县交通运输局");
      assertThat(plan.allTasks().get(1).text()).as(text).isEqualTo("新增就业5000人。");
      ConservationProperties.assertConserved(text, plan);
    }
  }

  static Set<String> knownGaps() throws IOException {
    return KnownGaps.read(JoinedLinesTest.class, GAPS);
  }
}
