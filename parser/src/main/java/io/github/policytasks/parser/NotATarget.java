package io.github.policytasks.parser;

/** Why a written figure is not a target (annotation guide §3, "Not targets"). */
enum NotATarget {
  /** Inside a quotation, title or document-number bracket: {@code “八抓20条”}, {@code 〔2023〕}. */
  QUOTED,
  /** A date: {@code 8月8日}, {@code 15日前}. */
  DATE,
  /** An age or an anniversary: {@code 65周岁以上}, {@code 100周年}. */
  AGE_OR_ANNIVERSARY,
  /** An ordinal, a rank or the number of a part of the document: {@code 第六批}, {@code 前100项}, {@code 附件1所列}. */
  ORDINAL,
  /** A size class: {@code 10万吨级}. */
  SIZE_CLASS,
  /** The scope of a per-capita figure: {@code 每10万人}. */
  PER_SCOPE,
  /** A starting point, not a commitment: {@code 由原来的两个}, {@code 从5%}. */
  BASELINE,
  /** A figure of the present or a past year, reported rather than committed: {@code 2022年…达到50万吨}. */
  STATUS,
  /**
   * A reorganisation, not a quantity to reach ({@code 调整为一个}), or a bound restated in
   * brackets ({@code 5个以上（含5个）}).
   */
  RESTATEMENT,
  /** A count of things named just before, in a sentence that frames rather than commits: {@code 围绕…等5家}. */
  COUNT_OF_NAMED,
  /** A threshold inside a subject: {@code 10亿元以上项目}, {@code 5000万元以上的企业}. */
  THRESHOLD,
  /** The capacity in a project's name: {@code 年产10万吨炭黑油}, {@code 150万吨饲料蛋白…项目}. */
  CAPACITY,
  /** A name built on a time: {@code 15分钟生活圈}, {@code 24小时自助图书馆}. */
  NAMED_BY_TIME,
  /** A set phrase with a numeral: {@code 一批}, {@code 一次性}, {@code 一户一档}, {@code 新一轮}. */
  SET_PHRASE,
  /**
   * A count of kinds or of existing things, written in one Chinese numeral before its noun
   * (annotation guide §6): {@code 三项基本医疗保险}, {@code 两个新城区和三个副中心}, {@code 四个到位}.
   */
  COUNT_OF_KINDS,
  /** The contents of a named programme: {@code “三个一”工程（一个中心、一个站点、一个平台）}. */
  PROGRAMME_CONTENTS,
  /** A number inside a name: {@code 电科38所}. */
  NAME,
  /** A weight in a scoring formula: {@code 分值=日常监测（60%）+实地调研（20%）}. */
  FORMULA_WEIGHT,
  /**
   * The condition of a score or the band of a grade in an assessment's criteria, not a commitment:
   * {@code 出现1例未处理扣2分}, {@code 每少1次扣0.5分}, {@code 90分以上为优秀}.
   */
  SCORING_CONDITION
}
