package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plan shown by a document-sharing site as numbered text chunks cut at a fixed length ({@code
 * 1、…确⏎2、保年内投产。…}; issue 10, doc-site copies): the chunk numbers are page furniture, not
 * task labels, and a chunk's text reads on from the chunk before it.
 */
class DocSiteChunksTest {
  private static final PlanParser PARSER = PlanParser.create();
  private static final String CHUNKED = "1、某县2023年重点工作任务分解方案一、发展产业1.建设产业园。新建标准化厂房5万平方米，"
      + "完成投资3亿元，力争引进项目10个以上，配套建设道路、管网和污水处理设施，推动园区基础设施提档升级，"
      + "同步完善职工公寓和商业配套，建成后带动就业2000人以上，确\n"
      + "2、保年内投产。（牵头单位：县发改局）2.培育企业。新增规上企业10家，培育专精特新企业5家。（牵头单位：县工信局）"
      + "3.推进招商。围绕主导产业开展精准招商，组织专题招商活动，全年引进亿元以上项目20个，其中10亿元以上项目\n"
      + "3、3个。（牵头单位：县商务局）\n";

  @Test
  void parse_chunkNumbersOfADocumentSharingSite_areNoTasks_andTheTextReadsOn() {
    Plan plan = PARSER.parse(CHUNKED);

    assertThat(plan.title()).isEqualTo("某县2023年重点工作任务分解方案");
    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1.", "2.", "3.");
    assertThat(plan.allTasks()).extracting(t -> t.leadUnits().get(0).name())
        .containsExactly("县发改局", "县工信局", "县商务局");
    List<Target> third = plan.allTasks().get(2).targets();
    assertThat(third).extracting(t -> t.value().toString()).containsExactly("20个", "3个");
  }

  @Test
  void parse_itemsNumberedWithTheSameMarksThatEndTheirSentences_stayTasks() {
    String text = "某县2023年重点工作任务\n"
        + "1、建设产业园。新建标准化厂房5万平方米，完成投资3亿元，力争引进项目10个以上。（牵头单位：县发改局）\n"
        + "2、培育企业。新增规上企业10家，培育专精特新企业5家，推动企业上云200家以上。（牵头单位：县工信局）\n"
        + "3、推进招商。全年引进亿元以上项目20个，其中10亿元以上项目3个，签约额100亿元。（牵头单位：县商务局）\n";
    Plan plan = PARSER.parse(text);

    assertThat(plan.allTasks()).extracting(Task::label).containsExactly("1、", "2、", "3、");
  }

  @Test
  void parse_longItemsEndingWithANoteInSquareBrackets_stayTasks() {
    String text = "嘉祥县推进新型工业化2021年重点工作任务\n一、聚力创新驱动战略,建设高水平创新城市\n"
        + "1、 壮大战略性新兴产业。培育高新技术企业达到1家以上,培育高新技术企业达到1家以上。〔牽頭單位:县发展和改革局;"
        + "責任單位:县科学技术局、县住房和城乡建设局、县人力资源和社会保障局;責任領導:张伟、王芳〕\n"
        + "2、 壮大战略性新兴产业。深入贯彻党的二十大精神,培育高新技术企业达到1家以上,培育高新技术企业达到1家以上,"
        + "培育高新技术企业达到1家以上。〔牽頭單位:县发展和改革局;責任單位:县科学技术局、县工业和信息化局〕\n"
        + "3、 壮大战略性新兴产业。确保PM2.5浓度持续改善。〔牽頭單位:县发展和改革局〕\n";
    Plan plan = PARSER.parse(text);

    assertThat(plan.allTasks()).extracting(Task::number).containsExactly(1, 2, 3);
  }

  @Test
  void parse_twoChunksOnly_areNotTakenForASite() {
    String text = "1、某县2023年重点工作任务分解方案一、发展产业1.建设产业园。新建标准化厂房5万平方米，完成投资3亿元，"
        + "力争引进项目10个以上，配套建设道路、管网和污水处理设施，推动园区基础设施提档升级，同步完善职工公寓和商业配套，"
        + "建成后带动就业2000人以上，确\n2、保年内投产。（牵头单位：县发改局）\n";
    Plan plan = PARSER.parse(text);

    assertThat(plan.allTasks()).extracting(Task::label).contains("2、");
  }
}
