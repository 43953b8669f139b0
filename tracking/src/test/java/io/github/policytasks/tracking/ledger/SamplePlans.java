package io.github.policytasks.tracking.ledger;

import io.github.policytasks.core.Amount;
import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.core.Direction;
import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Plan;
import io.github.policytasks.core.Quantity;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.SourceSpan;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.TargetKind;
import io.github.policytasks.core.Task;
import io.github.policytasks.core.Unit;
import java.math.BigInteger;
import java.time.LocalDate;

/** A small hand-built plan for renderer tests: two sections, three tasks, four targets. */
public final class SamplePlans {
  private SamplePlans() {}

  /** The sample plan. */
  public static Plan small() {
    Task platforms = Task.builder()
        .id("t1").number(1).title("搭建创新平台")
        .text("搭建创新平台。争创创新平台4家以上。(牵头单位:县科技局、县工业和信息化局)")
        .span(SourceSpan.of(0, 40))
        .addLeadUnits(LeadUnit.of("县科技局"), LeadUnit.of("县工业和信息化局"))
        .addTargets(Target.builder()
            .id("t1.g1").text("4家以上").span(SourceSpan.of(14, 18)).subject("创新平台")
            .comparator(Bound.AT_LEAST).kind(TargetKind.AMOUNT)
            .value(Quantity.of("4", "家")).normalized(Quantity.of("4", "家"))
            .dimension(Dimension.COUNT)
            .build())
        .addTargets(Target.builder()
            .id("t1.g2").text("突破150亿元").span(SourceSpan.of(20, 27)).subject("产业集群规模, \"链\"")
            .comparator(Bound.MORE_THAN).kind(TargetKind.AMOUNT)
            .value(Quantity.of("150", "亿元")).normalized(Quantity.of("15000000000", "元"))
            .dimension(Dimension.CURRENCY)
            .build())
        .build();
    Task rice = Task.builder()
        .id("t2").number(2)
        .text("实施3.46万亩稻田退水治理区域,增长8-10%。(牵头单位:县水务局)")
        .span(SourceSpan.of(41, 80))
        .addLeadUnits(LeadUnit.of("县水务局"))
        .deadline(LocalDate.of(2023, 12, 31))
        .addTargets(Target.builder()
            .id("t2.g1").text("3.46万亩").span(SourceSpan.of(43, 49)).subject("稻田退水治理区域")
            .comparator(Bound.EXACTLY).kind(TargetKind.AMOUNT)
            .value(Quantity.of("3.46", "万亩"))
            .normalized(Quantity.of(Amount.ofRatio(BigInteger.valueOf(69200000),
                BigInteger.valueOf(3)), Unit.of("平方米")))
            .dimension(Dimension.AREA)
            .build())
        .addTargets(Target.builder()
            .id("t2.g2").text("增长8-10%").span(SourceSpan.of(60, 67))
            .comparator(Bound.RANGE).kind(TargetKind.GROWTH).direction(Direction.INCREASE)
            .value(Quantity.of("8", "%")).upper(Quantity.of("10", "%"))
            .normalized(Quantity.of("8", "%")).normalizedUpper(Quantity.of("10", "%"))
            .dimension(Dimension.PERCENT)
            .deadline(LocalDate.of(2023, 6, 30))
            .build())
        .build();
    Task safety = Task.builder()
        .id("t3").number(3).title("着力抓实安全生产")
        .text("着力抓实安全生产。落实安全生产“八抓20条”创新举措。(牵头单位:县应急管理局)")
        .span(SourceSpan.of(81, 120))
        .addLeadUnits(LeadUnit.of("县应急管理局"))
        .build();
    return Plan.builder()
        .title("示例县2023年重点工作任务").year(2023)
        .addSections(Section.builder().id("s1").number(1).title("聚力创新驱动").addTasks(platforms)
            .build())
        .addSections(Section.builder().id("s2").number(2).title("聚力降碳减污").addTasks(rice, safety)
            .build())
        .build();
  }
}
