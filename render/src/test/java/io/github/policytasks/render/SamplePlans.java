package io.github.policytasks.render;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.DocumentReference;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Notice;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.PlanMetadata;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Subsection;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Task;
import java.time.LocalDate;

/** A small hand-built plan with every part the renderer writes. */
final class SamplePlans {
  private SamplePlans() {}

  static Plan small() {
    Task first = Task.builder()
        .id("t1").number(1).label("1.").title("搭建创新平台")
        .text("搭建创新平台。争创创新平台4家以上,研发投入突破150亿元。(牵头单位:县科技局)")
        .span(SourceSpan.of(0, 0))
        .addLeadUnits(LeadUnit.of("县科技局"), LeadUnit.of("县工业和信息化局"))
        .addSupportingUnits(LeadUnit.of("县财政局"))
        .addTargets(Target.builder()
            .id("t1.g1").text("4家以上").span(SourceSpan.of(0, 0)).subject("创新平台")
            .comparator(Bound.AT_LEAST).kind(TargetKind.AMOUNT)
            .value(Quantity.of("4", "家")).normalized(Quantity.of("4", "家"))
            .dimension(Dimension.COUNT).build())
        .build();
    Task second = Task.builder()
        .id("t2").number(2).title("优化营商环境")
        .text("优化营商环境。深化“放管服”改革。")
        .span(SourceSpan.of(0, 0))
        .addLeadUnits(LeadUnit.of("县行政审批服务局"))
        .addLeaders("王明")
        .deadline(LocalDate.of(2023, 9, 30))
        .build();
    Task third = Task.builder()
        .id("t3").number(3).title("加快现代水网建设")
        .text("加快现代水网建设。")
        .span(SourceSpan.of(0, 0))
        .addLeadUnits(LeadUnit.of("县水务局"))
        .build();
    return Plan.builder()
        .metadata(PlanMetadata.builder()
            .title("嘉祥县人民政府办公室关于印发《嘉祥县2023年重点工作任务》的通知")
            .documentNumber("嘉政办字〔2023〕22号").issuer("嘉祥县人民政府办公室")
            .writtenDate(LocalDate.of(2023, 8, 8)).publishedDate(LocalDate.of(2023, 8, 9))
            .build())
        .notice(Notice.builder()
            .title("关于印发《嘉祥县2023年重点工作任务》的通知")
            .addressees("各镇(街道)人民政府(办事处),县政府各部门")
            .body("《嘉祥县2023年重点工作任务》已经县政府同意,现印发给你们,请认真组织实施。")
            .issuer("嘉祥县人民政府办公室").date(LocalDate.of(2023, 8, 8))
            .publicationNote("此件公开发布")
            .build())
        .title("嘉祥县2023年重点工作任务")
        .year(2023)
        .addReferences(DocumentReference.builder().title("山东省三年行动计划").documentNumber("鲁政办字〔2023〕5号").build())
        .addSections(Section.builder().id("s1").number(1).title("聚力创新驱动战略,建设创新城市")
            .addTasks(first).build())
        .addSections(Section.builder().id("s2").number(2).title("聚力深化改革")
            .addSubsections(Subsection.builder().id("s2.1").number(1).title("优化环境")
                .addTasks(second).build())
            .addSubsections(Subsection.builder().id("s2.2").number(2).title("完善设施")
                .addTasks(third).build())
            .build())
        .build();
  }
}
