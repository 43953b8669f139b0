package io.github.policytasks.metrics.lexicon;

/** The not-a-target rules that read word patterns of {@code not-targets.txt} (annotation guide §3, §6). */
public enum NotTargetRule {
  /** A numeral phrase that is a set phrase or a name: 一批, 两个维护. */
  SET_PHRASE,
  /** One character that after a one-character numeral makes a set phrase: 一期, 三类. */
  NON_COUNT_CLASSIFIER,
  /** One character that before 一 makes a word: 统一, 进一步. */
  WORD_BEFORE_ONE,
  /** Words right before a figure that give the old level: 由, 从, 原来的. */
  BASELINE,
  /** Words that report the present or past state: 截至, 现有, 已建成. */
  STATUS,
  /**
   * Words later in a figure's clause that close a frame giving the base to build on: 基础上
   * (在2022年人均学习18学时的基础上): the figure is where the plan starts from, not a commitment.
   */
  BASELINE_FRAME,
  /**
   * Verbs that, between a word of holding (全省拥有) and the figure, make the figure a level the
   * plan commits to reach, not a report: 全省拥有海外仓达到50个 (where 全省拥有海外仓50个 reports).
   */
  REACHING_VERB,
  /**
   * Words of holding over a whole area (全省拥有, 全县拥有): a status word that a reaching verb after
   * it turns into a level the plan commits to reach (全省拥有海外仓达到50个); any other status word
   * (现拥有, 截至) reports whatever verb follows.
   */
  HOLDING_OVER_AREA,
  /** Words that restate a count as reorganised: 调整为. */
  RESTATING,
  /** Words before 等 that frame a count of things named: 围绕…等5大产业链. */
  FRAMING,
  /** Verbs that open a clause on the scope a task works in: 依托全县12个乡镇. */
  OPENING_FRAME,
  /** Words before a project's capacity: 年产. */
  CAPACITY,
  /** Words that end a project's name after a capacity: 项目. */
  PROJECT,
  /** One character before 前 that makes it a deadline (年底前), not a rank (前50强). */
  DEADLINE_BEFORE_QIAN,
  /** Words before 前 that make it a rank (全国前50强), where after an event 前 means "before" (上线前). */
  RANK_BEFORE_QIAN,
  /** Verbs that make a one-numeral Chinese count before its noun a commitment: 新建两个社区食堂. */
  COUNTING_VERB,
  /** Names of groups whose institutes are numbered: 电科38所, 中船重工725所. */
  NUMBERED_INSTITUTE,
  /** Names with a numeral inside, not at their start: 冬季两项, 铁人三项, 十项全能 (sports). */
  NAME_WITH_NUMERAL,
  /**
   * Words right before a one-numeral count in a non-count classifier that make it a count of
   * sessions held, not a phase: 研修班三期, 举办两期 (where 二期工程 stays a name).
   */
  SESSION_WORD,
  /**
   * Verbs that, before a percent of a scope in its clause, make it a share the plan commits to
   * cover (覆盖80%以上的行政村), not a threshold that defines a scope (占比3%以上的企业).
   */
  COVERING_VERB,
  /** Classifiers that count kinds: 类, 种 (涵盖…19类功能模块, 等4种方式). */
  KIND_CLASSIFIER,
  /**
   * Classifiers of events held (次, 场, 期, 轮): a one-numeral count in one, right after a {@link
   * #SESSION_WORD}, is a count of sessions the plan commits to hold (组织两次集中培训), not a count
   * of kinds before its noun.
   */
  SESSION_CLASSIFIER,
  /**
   * Words of a frequency (每月, 每半年, 每季度): earlier in its clause, a one-numeral count in a
   * {@link #SESSION_CLASSIFIER} is how often the plan commits to act (每月调度一次进展), not a count of
   * kinds before its noun.
   */
  FREQUENCY_SCOPE,
  /**
   * Words that open with a classifier's character but are nouns of their own, so that a figure
   * right before one is part of a name, not a count: 人才 (121人才梯队项目).
   */
  CLASSIFIER_WORD,
  /**
   * Words that award or deduct points in an assessment's scoring criteria (扣, 得, 加, 减): a figure
   * in a clause that goes on to one of them and its points ({@code 出现1例未处理扣2分}) is the
   * condition of a score, not a commitment.
   */
  SCORING_VERB,
  /**
   * The grades of an assessment (优秀, 良好, 合格, 不合格): a figure followed, after its bound word, by
   * 为 and one of them ({@code 90分以上为优秀}, {@code 60分以下为不合格}) defines the band of a grade,
   * not a commitment.
   */
  GRADE_WORD,
  /**
   * Words that a figure right after them numbers as a part of the document (附件1所列项目, 附表2): the
   * figure is an identifier, not a count.
   */
  PART_NUMBERED,
  /**
   * Words of a plan's kind that, right after the plan's quoted name and right before a count, make
   * the count the plan's list of contents ({@code 国家“十四五”规划102项重大工程}), not a commitment.
   */
  PLAN_LIST,
  /**
   * Words of a whole area right before a count of its parts (全乡, 全县: 全乡12个村): with an {@link
   * #EACH_REACHING} word later in the clause, the count is of the area's existing parts, each of
   * which the plan holds to a target (全乡12个村集体经济收入均达到10万元以上), not a commitment.
   */
  WHOLE_AREA,
  /**
   * Words later in a clause that hold each of the counted parts to a target (均达到, 均建成, 全部实现):
   * they make a count after a {@link #WHOLE_AREA} word a scope.
   */
  EACH_REACHING,
  /**
   * Words later in a figure's clause that close a frame opened by 以 naming whom the plan serves
   * (为主要对象, 为服务对象: 以全市7600多名持证残疾人为主要对象): the figure counts the people the
   * plan is for, existing things (annotation guide §6), not a commitment.
   */
  OBJECT_FRAME
}
