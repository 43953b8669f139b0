package io.github.policytasks.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.policytasks.core.Target;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scoring criteria of an assessment table (考核细则, 评分标准): a figure in a clause that goes on to
 * award or deduct points ({@code 出现1例未处理扣2分}) is the condition of a score, not a commitment
 * (annotation guide §3: a target states what the plan commits to; lexicon rule {@code scoring-verb});
 * the commitments beside it stay targets, and so do minutes and figures in clauses of their own.
 * A figure followed by 为 and a grade ({@code 90分以上为优秀}; lexicon rule {@code grade-word}) sets the
 * band of a grade, not a commitment either.
 */
class ScoringCriteriaTest {

  static Stream<Arguments> criteria() {
    return Stream.of(
        Arguments.of("严厉打击非法侵占水域岸线行为，出现1例未处理扣2分（5分）。", List.of()),
        Arguments.of("对破坏矿产资源行为严肃查处，发现3起未查处扣10分。", List.of()),
        Arguments.of("按要求每月上报工作情况，每少1次扣0.5分，扣完为止。", List.of()),
        Arguments.of("每发现1起违规行为扣除1分。", List.of()),
        Arguments.of("每超额完成1家加1分，最高加5分。", List.of()),
        Arguments.of("年内至少召开3次专题会议（3分，少一次扣1分）。", List.of("至少召开3次")),
        Arguments.of("年内全县查处非法捕捞案件10例以上；否则按完成比例得分（15分）。", List.of("10例以上")),
        Arguments.of("确保县城污水处理率达80%以上，否则不得分（10分）。", List.of("80%以上")),
        Arguments.of("审批时限压缩至30分钟以内，超时1次扣2分。", List.of("30分钟以内")),
        Arguments.of("考核得分90分以上为优秀，75分至89分为良好，60分以下为不合格。", List.of()),
        Arguments.of("群众满意度90%以上为达标。", List.of()),
        Arguments.of("以县为单位，培训合格率达80%以上。", List.of("80%以上")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("criteria")
  void read_scoringCriterion_keepsOnlyCommitments(String sentence, List<String> texts) {
    List<Target> targets = TargetFixture.targets(sentence);

    assertThat(targets).extracting(Target::text).containsExactlyElementsOf(texts);
  }
}
