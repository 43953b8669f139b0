package io.github.policytasks.parser;

import io.github.policytasks.core.Bound;
import io.github.policytasks.core.Dimension;
import io.github.policytasks.metrics.UnitDefinition;
import io.github.policytasks.metrics.lexicon.Folding;
import io.github.policytasks.metrics.lexicon.NotTargetPatterns;
import io.github.policytasks.metrics.lexicon.NotTargetRule;
import io.github.policytasks.metrics.lexicon.WordTable;
import org.jspecify.annotations.Nullable;

/**
 * Decides which figures are not targets (annotation guide §3, "Not targets"): quotations and
 * titles, dates, ages and anniversaries, ordinals and ranks, numbers inside names, the contents
 * of a named programme, size classes, per-capita scopes, baselines, reorganisations and restated
 * bounds, counts of things named before in a framing sentence, counts of kinds, names built on a
 * time, thresholds inside subjects, capacities in project names, and set phrases with a numeral; the word patterns are the lexicon's {@code not-targets.txt}. Each rule reads a short window around the figure, so a whole task is judged in linear
 * time. Stateless and thread-safe.
 */
final class NotATargetRules {
  /** How far back a rule looks for the words of its sentence. */
  private static final int REACH = 40;

  /** Classifiers that after a one-character Chinese numeral make a set phrase or a name. */
  private static final boolean[] CHINESE_NON_COUNT_UNITS =
      NotTargetPatterns.charSet(NotTargetRule.NON_COUNT_CLASSIFIER);

  private static final WordTable<Boolean> SET_PHRASES = NotTargetPatterns.table(NotTargetRule.SET_PHRASE);

  /** Characters that before {@code 一} make a word: 统一, 唯一, 进一步, 新一轮, 同一, 之一. */
  private static final boolean[] WORD_BEFORE_ONE = NotTargetPatterns.charSet(NotTargetRule.WORD_BEFORE_ONE);

  private static final WordTable<Boolean> BASELINE_WORDS = NotTargetPatterns.table(NotTargetRule.BASELINE);

  /** Words that report the present or the past state, not a commitment. */
  private static final WordTable<Boolean> STATUS_WORDS = NotTargetPatterns.table(NotTargetRule.STATUS);
  private static final WordTable<Boolean> REACHING_VERBS = NotTargetPatterns.table(NotTargetRule.REACHING_VERB);
  /** Status words of holding over a whole area ({@code 全省拥有}) that a reaching verb turns into a level to reach. */
  private static final WordTable<Boolean> HOLDING_OVER_AREA = NotTargetPatterns.table(NotTargetRule.HOLDING_OVER_AREA);

  /** Words later in the clause that close a frame giving the base to build on ({@code 基础上}). */
  private static final WordTable<Boolean> BASELINE_FRAMES = NotTargetPatterns.table(NotTargetRule.BASELINE_FRAME);
  /** Words closing a frame opened by 以 that names whom the plan serves ({@code 为主要对象}). */
  private static final WordTable<Boolean> OBJECT_FRAMES = NotTargetPatterns.table(NotTargetRule.OBJECT_FRAME);

  private static final WordTable<Boolean> RESTATING_WORDS =
      NotTargetPatterns.table(NotTargetRule.RESTATING);

  private static final WordTable<Boolean> FRAMING_WORDS = NotTargetPatterns.table(NotTargetRule.FRAMING);

  /** Verbs that open a clause describing the scope a task works in, not what it will reach. */
  private static final WordTable<Boolean> OPENING_FRAMES =
      NotTargetPatterns.table(NotTargetRule.OPENING_FRAME);

  /** How many characters a framing verb may stand before the count it frames ({@code 依托全县}). */
  private static final int SHORT_SCOPE = 4;

  private static final WordTable<Boolean> CAPACITY_WORDS = NotTargetPatterns.table(NotTargetRule.CAPACITY);

  private static final WordTable<Boolean> PROJECT_WORDS = NotTargetPatterns.table(NotTargetRule.PROJECT);

  /** Words of a whole area right before a count of its parts ({@code 全乡12个村}). */
  private static final WordTable<Boolean> WHOLE_AREAS = NotTargetPatterns.table(NotTargetRule.WHOLE_AREA);
  /** Words that hold each counted part to the target ({@code 均达到}). */
  private static final WordTable<Boolean> EACH_REACHING = NotTargetPatterns.table(NotTargetRule.EACH_REACHING);

  /** Characters before {@code 前} that make it a deadline ({@code 年底前}), not a rank. */
  private static final boolean[] DEADLINE_BEFORE_QIAN =
      NotTargetPatterns.charSet(NotTargetRule.DEADLINE_BEFORE_QIAN);

  /** Words before {@code 前} that make it a rank ({@code 全国前50强}). */
  private static final WordTable<Boolean> RANK_BEFORE_QIAN =
      NotTargetPatterns.table(NotTargetRule.RANK_BEFORE_QIAN);

  /** Verbs of adding or creating: after one, a Chinese count before its noun is a commitment. */
  private static final WordTable<Boolean> COVERING_VERBS =
      NotTargetPatterns.table(NotTargetRule.COVERING_VERB);

  /** How far before a percent of a scope a verb of covering is looked for ({@code 覆盖全市80%以上的村}). */
  private static final int COVERING_REACH = 8;
  private static final WordTable<Boolean> SESSION_WORDS =
      NotTargetPatterns.table(NotTargetRule.SESSION_WORD);
  private static final WordTable<Boolean> COUNTING_VERBS =
      NotTargetPatterns.table(NotTargetRule.COUNTING_VERB);

  /** Classifiers of events held ({@code 次}, {@code 场}): after a session word, a count of sessions. */
  private static final WordTable<Boolean> SESSION_CLASSIFIERS =
      NotTargetPatterns.table(NotTargetRule.SESSION_CLASSIFIER);

  /** Words of a frequency ({@code 每月}, {@code 每半年}): a session count after one is how often to act. */
  private static final WordTable<Boolean> FREQUENCIES =
      NotTargetPatterns.table(NotTargetRule.FREQUENCY_SCOPE);

  /** Groups whose institutes are numbered ({@code 电科38所}). */
  private static final WordTable<Boolean> NUMBERED_INSTITUTES =
      NotTargetPatterns.table(NotTargetRule.NUMBERED_INSTITUTE);

  /** Words that a figure right after them numbers as a part of the document ({@code 附件1所列}). */
  private static final WordTable<Boolean> PARTS_NUMBERED =
      NotTargetPatterns.table(NotTargetRule.PART_NUMBERED);

  /** Words of a plan's kind between its quoted name and a count of its list ({@code “十四五”规划102项}). */
  private static final WordTable<Boolean> PLAN_LISTS = NotTargetPatterns.table(NotTargetRule.PLAN_LIST);

  /** Names that hold a numeral anywhere in them ({@code 冬季两项}, {@code 十项全能}). */
  private static final WordTable<Boolean> NAMES_WITH_NUMERAL =
      NotTargetPatterns.table(NotTargetRule.NAME_WITH_NUMERAL);

  /** Words that open with a classifier's character but are nouns of their own ({@code 人才}). */
  static final WordTable<Boolean> CLASSIFIER_WORDS =
      NotTargetPatterns.table(NotTargetRule.CLASSIFIER_WORD);

  /** The grades of an assessment that a figure's band is set for ({@code 90分以上为优秀}). */
  private static final WordTable<Boolean> GRADE_WORDS = NotTargetPatterns.table(NotTargetRule.GRADE_WORD);
  /** Words that award or deduct points ({@code 扣}, {@code 得}): the figure before them is a scoring condition. */
  private static final WordTable<Boolean> SCORING_VERBS =
      NotTargetPatterns.table(NotTargetRule.SCORING_VERB);

  /** The points of a score: {@code 扣2分}. */
  private static final char POINTS = '分';

  /** How many characters the points of a score may take after its verb ({@code 0.5}, {@code 十}). */
  private static final int POINTS_REACH = 5;

  /** How far before a figure a name that holds it may start ({@code 冬季两项}: two characters). */
  private static final int NAME_HEAD = 4;

  /** Classifiers that count kinds ({@code 类}, {@code 种}). */
  private static final WordTable<Boolean> KIND_CLASSIFIERS =
      NotTargetPatterns.table(NotTargetRule.KIND_CLASSIFIER);

  /** How far back the opening bracket of a programme's contents is looked for. */
  private static final int BRACKET_REACH = 40;

  /** How many characters may stand between a quoted name and its bracket: {@code ”工程（}. */
  private static final int NAME_TAIL = 6;

  /** The canonical unit of working days: a time limit ({@code 5个工作日办结}), never a name. */
  private static final String WORKING_DAYS = "个工作日";
  /** The canonical unit of calendar durations ({@code 年}, {@code 月}; guide §6): a time frame, never a time limit. */
  private static final String CALENDAR_MONTHS = "月";

  private NotATargetRules() {}

  /**
   * Why {@code figure} with bound {@code bound} is not a target, or null when it is one.
   *
   * @param text the folded text the figure was found in
   * @param quoted the quoted regions of {@code text}
   * @param clauseStart offset of the start of the figure's clause
   * @param clauseEnd offset of the end of the figure's clause
   * @param year the plan year, when known, to tell a past year's figures from commitments
   * @param firstDefinition where the first definition of {@code text} opens ({@link #firstDefinition})
   */
  static @Nullable NotATarget check(CharSequence text, QuotedRegions quoted, Figure figure, long bound,
      int clauseStart, int clauseEnd, @Nullable Integer year, int firstDefinition) {
    int start = figure.start();
    int before = TextChars.skipSpacesBack(text, start, 0);
    char prev = before > 0 ? text.charAt(before - 1) : '\n';
    Dimension dimension = figure.definition() == null ? null : figure.definition().dimension();
    String unit = Folding.fold(figure.unit());

    if (quoted.touches(start, figure.end())) {
      return NotATarget.QUOTED;
    }
    if (isDate(text, figure, unit, prev)) {
      return NotATarget.DATE;
    }
    if (figure.end() < text.length() && unit.endsWith("周")
        && (text.charAt(figure.end()) == '岁' || text.charAt(figure.end()) == '年')) {
      return NotATarget.AGE_OR_ANNIVERSARY;
    }
    if (prev == '第' || isRank(text, before) || PARTS_NUMBERED.endsAt(text, before, Math.max(0, before - REACH))) {
      return NotATarget.ORDINAL;
    }
    if (NUMBERED_INSTITUTES.endsAt(text, before, Math.max(0, before - REACH))
        || isInsideName(text, figure) || opensClassifierWord(text, figure)) {
      return NotATarget.NAME;
    }
    if (isProgrammeContents(text, quoted, start)
        || dimension == Dimension.COUNT && isPlanList(text, quoted, before)) {
      return NotATarget.PROGRAMME_CONTENTS;
    }
    if (isInclusiveNote(text, before)) {
      return NotATarget.RESTATEMENT;
    }
    if (isInsideDefinition(text, start, firstDefinition)) {
      return NotATarget.THRESHOLD;
    }
    if (isFormulaTerm(text, figure, before, clauseStart, clauseEnd)) {
      return NotATarget.FORMULA_WEIGHT;
    }
    int after = TextChars.skipSpaces(text, figure.end(), text.length());
    if (after < text.length() && text.charAt(after) == '级') {
      return NotATarget.SIZE_CLASS;
    }
    if (prev == '每') {
      return NotATarget.PER_SCOPE;
    }
    if (figure.chinese() && isSetPhrase(text, figure, bound, unit, before)) {
      return NotATarget.SET_PHRASE;
    }
    if (dimension == Dimension.COUNT && isCountOfKinds(text, figure, bound, unit, clauseStart)) {
      return NotATarget.COUNT_OF_KINDS;
    }
    int floor = Math.max(0, before - REACH);
    int beforeBound = TextChars.skipSpacesBack(text, BoundWording.textStart(bound), 0);
    if (BASELINE_WORDS.endsAt(text, before, Math.max(clauseStart, floor))
        || BASELINE_WORDS.endsAt(text, beforeBound, Math.max(clauseStart, floor))
        || BASELINE_WORDS.endsAt(text, beforeYearOf(text, before), Math.max(clauseStart, floor))) {
      return NotATarget.BASELINE;
    }
    if (BASELINE_FRAMES.lastBefore(text, clauseEnd, BoundWording.textEnd(bound)) != null) {
      return NotATarget.BASELINE;
    }
    if (isStatus(text, clauseStart, before, year)) {
      return NotATarget.STATUS;
    }
    if (dimension == Dimension.COUNT
        && isServedObject(text, clauseStart, before, BoundWording.textEnd(bound), clauseEnd)) {
      return NotATarget.COUNT_OF_NAMED;
    }
    if (dimension == Dimension.COUNT && !BoundWording.suffixed(bound)
        && WHOLE_AREAS.endsAt(text, before, Math.max(clauseStart, floor))
        && EACH_REACHING.lastBefore(text, clauseEnd, figure.end()) != null) {
      return NotATarget.COUNT_OF_NAMED;
    }
    if (RESTATING_WORDS.endsAt(text, before, Math.max(clauseStart, floor))) {
      return NotATarget.RESTATEMENT;
    }
    if (prev == '等' && FRAMING_WORDS.lastBefore(text, before, Math.max(clauseStart, floor)) != null) {
      return NotATarget.COUNT_OF_NAMED;
    }
    if (isKindsNamed(text, figure, bound, unit, prev, before, Math.max(clauseStart, floor))) {
      return NotATarget.COUNT_OF_KINDS;
    }
    if (dimension == Dimension.COUNT && startsWithFraming(text, clauseStart, before)
        && after < text.length() && TextChars.isIdeograph(text.charAt(after))) {
      return NotATarget.COUNT_OF_NAMED;
    }
    if (dimension == Dimension.DURATION && !BoundWording.suffixed(bound) && !figure.isRange()
        && after < text.length() && TextChars.isIdeograph(text.charAt(after))
        && !isJoiner(text.charAt(after)) && text.charAt(after) != '的'
        && !isWorkingDays(figure)) {
      return NotATarget.NAMED_BY_TIME;
    }
    if (isScope(text, bound) && !isCoveredShare(text, dimension, clauseStart, before)
        || isMeasure(dimension) && isThreshold(text, figure, bound, clauseEnd) && !isTimeLimit(text, figure, bound)) {
      return NotATarget.THRESHOLD;
    }
    if (isMeasure(dimension) && isCapacity(text, figure, bound, clauseStart, clauseEnd)) {
      return NotATarget.CAPACITY;
    }
    int boundEnd = BoundWording.textEnd(bound);
    if (isScoringCondition(text, boundEnd, clauseEnd) || isGradeBand(text, boundEnd, clauseEnd)) {
      return NotATarget.SCORING_CONDITION;
    }
    return null;
  }

  /**
   * Whether 为 and a grade of the lexicon follow the figure and its bound word ({@code 90分以上为优秀},
   * {@code 75分至89分为良好}, {@code 60分以下为不合格}; lexicon rule {@code grade-word}): the figure
   * sets the band of a grade in an assessment's criteria, not a commitment.
   */
  private static boolean isGradeBand(CharSequence text, int boundEnd, int clauseEnd) {
    int at = TextChars.skipSpaces(text, boundEnd, clauseEnd);
    return at + 1 < clauseEnd && text.charAt(at) == '为' && GRADE_WORDS.matchAt(text, at + 1, clauseEnd) != null;
  }

  /**
   * Whether the clause goes on after the figure to a score ({@code 出现1例未处理扣2分}, {@code
   * 每少1次扣0.5分}): a scoring verb of the lexicon, then points ({@code 2分}, never {@code 2分钟});
   * the figure is then the condition of the score in an assessment's criteria, not a commitment.
   */
  private static boolean isScoringCondition(CharSequence text, int from, int clauseEnd) {
    for (int at = from; at < clauseEnd; at++) {
      if (!SCORING_VERBS.couldStart(text.charAt(at))) {
        continue;
      }
      WordTable.Match<Boolean> verb = SCORING_VERBS.matchAt(text, at, clauseEnd);
      if (verb != null && isPoints(text, verb.end(), clauseEnd)) {
        return true;
      }
    }
    return false;
  }

  /** Whether points ({@code 2分}, {@code 0.5分}, {@code 十分}) but not minutes ({@code 2分钟}) start at {@code at}. */
  private static boolean isPoints(CharSequence text, int at, int clauseEnd) {
    int limit = Math.min(clauseEnd, at + POINTS_REACH + 1);
    int k = at;
    while (k < limit && (TextChars.isDigit(text.charAt(k)) || text.charAt(k) == '.'
        || ChineseNumerals.isNumeral(text.charAt(k)))) {
      k++;
    }
    return k > at && k < limit && text.charAt(k) == POINTS
        && (k + 1 >= text.length() || text.charAt(k + 1) != '钟');
  }

  /**
   * A bare count of kinds ({@code 类}, {@code 种}) that lists the kinds of what is named (annotation
   * guide §6, counts of kinds): after {@code 等} ({@code 优化准入服务等4种方式}) or in a clause a framing
   * word opens ({@code 涵盖话务、业务和可视化3大平台、19类功能模块}). With a bound word ({@code
   * 压减至15类左右}) or without such a frame ({@code 新增3类产品}) it stays a target.
   */
  private static boolean isKindsNamed(CharSequence text, Figure figure, long bound, String unit,
      char prev, int before, int floor) {
    WordTable.Match<Boolean> kind = KIND_CLASSIFIERS.matchAt(unit, 0, unit.length());
    if (kind == null || kind.end() != unit.length() || figure.isRange() || figure.open()
        || BoundWording.comparator(bound) != Bound.EXACTLY
        || BoundWording.textStart(bound) != figure.start() || BoundWording.textEnd(bound) != figure.end()) {
      return false;
    }
    return prev == '等' || FRAMING_WORDS.lastBefore(text, before, floor) != null;
  }

  /**
   * The offset before a year that dates a level ({@code 2021年的}, {@code 2020年底的}) ending at
   * {@code before}, or {@code before} when none: in {@code 由2021年的135立方米/公顷增加到142立方米/公顷}
   * the baseline word {@code 由} stands before the year, and the level after it is the old one.
   */
  private static int beforeYearOf(CharSequence text, int before) {
    int at = before;
    if (at < 1 || text.charAt(at - 1) != '的') {
      return before;
    }
    at--;
    if (at > 0 && (text.charAt(at - 1) == '底' || text.charAt(at - 1) == '末')) {
      at--;
    }
    if (at < 1 || text.charAt(at - 1) != '年') {
      return before;
    }
    at--;
    int digits = at;
    while (digits > 0 && TextChars.isDigit(text.charAt(digits - 1))) {
      digits--;
    }
    return at - digits == 4 ? digits : before;
  }

  /**
   * Whether the figure's classifier opens a word of its own ({@code 121人才梯队项目}: {@code 人} opens
   * {@code 人才}), so that the figure is part of a name, not a count (§6 numbers inside names).
   */
  private static boolean opensClassifierWord(CharSequence text, Figure figure) {
    int unitStart = figure.end() - figure.unit().length();
    if (unitStart <= figure.start() || figure.end() >= text.length()
        || !CLASSIFIER_WORDS.couldStart(text.charAt(unitStart))) {
      return false;
    }
    WordTable.Match<Boolean> word = CLASSIFIER_WORDS.matchAt(text, unitStart, text.length());
    return word != null && word.end() > figure.end();
  }

  /**
   * Whether the figure lies inside a name of the lexicon that holds a numeral ({@code 冬季两项},
   * {@code 铁人三项}): the name starts at most {@link #NAME_HEAD} characters before the figure and
   * ends at or after it.
   */
  private static boolean isInsideName(CharSequence text, Figure figure) {
    for (int at = Math.max(0, figure.start() - NAME_HEAD); at <= figure.start(); at++) {
      if (NAMES_WITH_NUMERAL.couldStart(text.charAt(at))) {
        WordTable.Match<Boolean> name = NAMES_WITH_NUMERAL.matchAt(text, at, text.length());
        if (name != null && name.end() >= figure.end()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the clause opens with a framing verb and reaches the figure without another verb:
   * {@code 依托全县12个乡镇开展…}, {@code 围绕5条产业链…}.
   */
  private static boolean startsWithFraming(CharSequence text, int clauseStart, int before) {
    int at = TextChars.skipSpaces(text, clauseStart, before);
    WordTable.Match<Boolean> framing = OPENING_FRAMES.matchAt(text, at, before);
    return framing != null && before - framing.end() <= SHORT_SCOPE;
  }

  private static boolean isMeasure(@Nullable Dimension dimension) {
    return dimension != null && dimension != Dimension.COUNT && dimension != Dimension.PERCENT
        && dimension != Dimension.PERCENTAGE_POINTS;
  }

  /**
   * Whether the clause reports what is, not what will be: it opens with a year before the plan
   * year ({@code 2022年全县粮食产量达到50万吨}) or holds a status word before the figure ({@code
   * 截至目前}, {@code 去年}, {@code 现有}, {@code 已建成}) that is not a comparison base ({@code
   * 比去年增长}).
   */
  private static boolean isStatus(CharSequence text, int clauseStart, int before, @Nullable Integer year) {
    int at = TextChars.skipSpaces(text, clauseStart, before);
    if (year != null && at + 5 <= before && text.charAt(at + 4) == '年'
        && pastYear(text, at, year) > 0) {
      return true;
    }
    WordTable.Match<Boolean> status = STATUS_WORDS.lastBefore(text, before, at);
    if (status != null && isHoldingToReach(text, status, before)) {
      status = STATUS_WORDS.lastBefore(text, status.start(), at);
    }
    return status != null && !(status.start() > 0
        && "比较与同于".indexOf(text.charAt(status.start() - 1)) >= 0);
  }

  /**
   * Whether {@code status} is a word of holding over a whole area ({@code 全省拥有}; lexicon rule
   * {@code holding-over-area}) that a reaching verb follows before the figure ({@code
   * 全省拥有海外仓达到50个}): the figure is the level to reach, not what the area holds now.
   */
  private static boolean isHoldingToReach(CharSequence text, WordTable.Match<Boolean> status, int before) {
    WordTable.Match<Boolean> holding = HOLDING_OVER_AREA.matchAt(text, status.start(), status.end());
    return holding != null && holding.end() == status.end()
        && REACHING_VERBS.lastBefore(text, before, status.end()) != null;
  }

  /** The year written with four digits at {@code at} when it is before {@code year}, else 0. */
  private static int pastYear(CharSequence text, int at, int year) {
    int value = 0;
    for (int i = at; i < at + 4; i++) {
      char c = text.charAt(i);
      if (!TextChars.isDigit(c)) {
        return 0;
      }
      value = value * 10 + (c - '0');
    }
    return value < year ? value : 0;
  }

  /** {@code 8月8日}, {@code 15日前}, {@code 10日起}: a day of a month. */
  private static boolean isDate(CharSequence text, Figure figure, String unit, char prev) {
    if (!unit.equals("日") && !unit.equals("号")) {
      return false;
    }
    if (prev == '月') {
      return true;
    }
    int after = figure.end();
    return after < text.length() && (text.charAt(after) == '前' || text.charAt(after) == '起'
        || TextChars.startsWith(text, "之前", after) || TextChars.startsWith(text, "以前", after));
  }

  /**
   * {@code 前50强}, {@code 全国前100项}, {@code 进入前10位}: {@code 前} right before the number,
   * opening its clause or after a word of ranking; after a time word ({@code 年底前}) or an event
   * ({@code 上线前15项}) it means "before" and the figure is a count.
   */
  private static boolean isRank(CharSequence text, int before) {
    if (before == 0 || text.charAt(before - 1) != '前') {
      return false;
    }
    int qian = before - 1;
    if (qian == 0 || !TextChars.isIdeograph(text.charAt(qian - 1))) {
      return true;
    }
    return !DEADLINE_BEFORE_QIAN[text.charAt(qian - 1)]
        && RANK_BEFORE_QIAN.endsAt(text, qian, Math.max(0, qian - REACH));
  }

  /**
   * A count of kinds or of existing things (annotation guide §6): one Chinese numeral and a
   * classifier, with no bound word, standing before the noun it counts or before a quotation
   * ({@code 三项基本医疗保险}, {@code 建设两个新城区}, {@code 四个到位}, {@code 两个“全覆盖”}). A count
   * the plan commits to stands after its noun ({@code 龙头企业三家}), carries a bound word ({@code
   * 至少建设两个}), follows a verb of adding or creating ({@code 新建两个社区食堂}) or, in a
   * classifier of events, a verb of holding ({@code 组织两次集中培训}) or a word of frequency earlier
   * in its clause ({@code 每月调度一次进展}).
   */
  private static boolean isCountOfKinds(CharSequence text, Figure figure, long bound, String unit,
      int clauseStart) {
    if (!figure.chinese() || figure.isRange() || figure.open()
        || figure.end() - figure.start() != unit.length() + 1
        || BoundWording.textStart(bound) != figure.start() || BoundWording.textEnd(bound) != figure.end()) {
      return false;
    }
    int before = TextChars.skipSpacesBack(text, figure.start(), 0);
    if (COUNTING_VERBS.endsAt(text, before, Math.max(0, before - REACH))
        || isSessionCount(text, unit, before) || isFrequency(text, unit, before, clauseStart)) {
      return false;
    }
    int after = TextChars.skipSpaces(text, figure.end(), text.length());
    if (after >= text.length()) {
      return false;
    }
    char next = text.charAt(after);
    return TextChars.isIdeograph(next) || next == '“' || next == '"' || next == '《';
  }

  /**
   * Whether a count in a classifier of events ({@code 次}, {@code 场}, {@code 期}) follows a verb
   * of holding right before it ({@code 组织两次集中培训}, {@code 开展三场专题宣讲}): sessions the
   * plan commits to hold, not kinds of the noun after it.
   */
  private static boolean isSessionCount(CharSequence text, String unit, int before) {
    WordTable.Match<Boolean> event = SESSION_CLASSIFIERS.matchAt(unit, 0, unit.length());
    return event != null && event.end() == unit.length()
        && SESSION_WORDS.endsAt(text, before, Math.max(0, before - REACH));
  }

  /**
   * Whether a count in a classifier of events follows a word of frequency earlier in its clause
   * ({@code 每月调度一次进展}, {@code 每半年报送一次工作进展}): how often the plan commits to act.
   */
  private static boolean isFrequency(CharSequence text, String unit, int before, int clauseStart) {
    WordTable.Match<Boolean> event = SESSION_CLASSIFIERS.matchAt(unit, 0, unit.length());
    return event != null && event.end() == unit.length()
        && FREQUENCIES.lastBefore(text, before, Math.max(clauseStart, before - REACH)) != null;
  }

  /**
   * Whether the figure at {@code start} lies in brackets right after a quoted name ({@code
   * “三个一”工程（一个中心、一个站点、一个平台）}): the contents of a named programme.
   */
  private static boolean isProgrammeContents(CharSequence text, QuotedRegions quoted, int start) {
    int floor = Math.max(0, start - BRACKET_REACH);
    if (!quoted.touches(Math.max(0, floor - NAME_TAIL - 1), start - 1)) {
      // the name's last char would lie there: no quoted region, no walk back to a bracket
      return false;
    }
    int open = -1;
    for (int i = start - 1; i >= floor; i--) {
      char c = text.charAt(i);
      if (c == '（' || c == '(') {
        open = i;
        break;
      }
      if (c == '）' || c == ')' || TextChars.isSentenceBreakAt(text, i)) {
        return false;
      }
    }
    if (open <= 0) {
      return false;
    }
    int nameEnd = open;
    while (nameEnd > 0 && open - nameEnd < NAME_TAIL && TextChars.isIdeograph(text.charAt(nameEnd - 1))) {
      nameEnd--;
    }
    return nameEnd > 0 && quoted.contains(nameEnd - 1) && !quoted.contains(nameEnd);
  }

  /**
   * Whether a count at {@code before} follows a plan's kind word right after the plan's quoted name
   * ({@code 国家“十四五”规划102项重大工程}, {@code plan-list} words): it counts the plan's list, which
   * exists already, not what this plan commits to.
   */
  private static boolean isPlanList(CharSequence text, QuotedRegions quoted, int before) {
    WordTable.Match<Boolean> kind = PLAN_LISTS.matchEndingAt(text, before, Math.max(0, before - NAME_TAIL));
    return kind != null && kind.start() > 0 && quoted.contains(kind.start() - 1) && !quoted.contains(kind.start());
  }

  private static boolean isWorkingDays(Figure figure) {
    UnitDefinition definition = figure.definition();
    return definition != null && definition.canonical().symbol().equals(WORKING_DAYS);
  }

  /**
   * A weight in a scoring formula ({@code 分值=日常监测（60%）+实地调研（20%）}): the figure alone in
   * brackets, in a clause that adds or equates terms.
   */
  private static boolean isFormulaTerm(
      CharSequence text, Figure figure, int before, int clauseStart, int clauseEnd) {
    int after = figure.end();
    if (before == 0 || after >= text.length() || !isOpenBracket(text.charAt(before - 1))
        || !isCloseBracket(text.charAt(after))) {
      return false;
    }
    for (int i = Math.max(0, clauseStart); i < Math.min(text.length(), clauseEnd); i++) {
      char c = text.charAt(i);
      if (c == '+' || c == '=') {
        return true;
      }
    }
    return false;
  }

  private static boolean isOpenBracket(char c) {
    return c == '（' || c == '(';
  }

  private static boolean isCloseBracket(char c) {
    return c == '）' || c == ')';
  }

  /**
   * Whether {@code figure} stands alone in brackets right after {@code previous}, restating it in
   * other words or another unit ({@code 72学时（9天）}, {@code 3天（24学时）}): the brackets hold the
   * figure and nothing else (spaces aside), and open right after the previous figure's unit. The
   * plan commits to one quantity, written twice; the restatement is no second target.
   *
   * @param text the folded text both figures were found in
   * @param previous the figure found right before {@code figure}
   * @param figure the figure that may restate it
   */
  static boolean restatesInBrackets(CharSequence text, Figure previous, Figure figure) {
    int open = TextChars.skipSpacesBack(text, figure.start(), previous.end());
    if (open <= previous.end() || text.charAt(open - 1) != '('
        || TextChars.skipSpacesBack(text, open - 1, previous.end()) != previous.end()) {
      return false;
    }
    int close = TextChars.skipSpaces(text, figure.end(), text.length());
    return close < text.length() && text.charAt(close) == ')';
  }

  /** {@code 5个以上（含5个）}: the figure opens a bracket that restates the bound before it. */
  private static boolean isInclusiveNote(CharSequence text, int before) {
    return before >= 2 && text.charAt(before - 1) == '含'
        && (text.charAt(before - 2) == '（' || text.charAt(before - 2) == '(');
  }

  /**
   * Whether a figure in Chinese numerals is a set phrase or a name ({@code 一期工程}, {@code 一批},
   * {@code 统一}), not a count. A one-numeral count in a non-count classifier is a count after a
   * session word ({@code 举办两期}) or after a bound word ({@code 不少于两期}, {@code 至少三轮}: a
   * bound sets a number of something, never a name).
   */
  private static boolean isSetPhrase(CharSequence text, Figure figure, long bound, String unit,
      int before) {
    boolean singleNumeral = !figure.isRange()
        && figure.end() - figure.start() == unit.length() + 1;
    if (singleNumeral && unit.length() == 1 && CHINESE_NON_COUNT_UNITS[unit.charAt(0)]) {
      return !SESSION_WORDS.endsAt(text, before, Math.max(0, before - REACH))
          && BoundWording.textStart(bound) == figure.start();
    }
    if (SET_PHRASES.startsAt(text, figure.start(), text.length())) {
      return true;
    }
    boolean one = singleNumeral && text.charAt(figure.start()) == '一';
    if (!one) {
      return false;
    }
    if (figure.end() < text.length() && text.charAt(figure.end()) == '一') {
      return true;
    }
    if (before >= 2 && text.charAt(before - 2) == '一' && TextChars.isIdeograph(text.charAt(before - 1))) {
      return true;
    }
    return before > 0 && WORD_BEFORE_ONE[text.charAt(before - 1)];
  }

  /**
   * A measure that qualifies a noun: followed by {@code 以上}/{@code 以下}/{@code 以内} and then
   * {@code 的} or a noun ({@code 10亿元以上项目}, {@code 5000万元以上的企业}), or followed by a noun
   * that is itself counted before the list item ends ({@code 10亿元项目3个}; a percent of the
   * noun is no count of it: {@code 按6个月的社会保险费50%}).
   */
  private static boolean isThreshold(CharSequence text, Figure figure, long bound, int clauseEnd) {
    int after = BoundWording.textEnd(bound);
    if (after >= text.length()) {
      return false;
    }
    char next = text.charAt(after);
    boolean qualifies = next == '的' || (TextChars.isIdeograph(next) && !isJoiner(next));
    if (!qualifies) {
      return false;
    }
    if (BoundWording.suffixed(bound)) {
      return true;
    }
    int itemEnd = Math.min(clauseEnd, after + REACH);
    for (int i = after; i < itemEnd; i++) {
      char c = text.charAt(i);
      if (TextChars.isListBreak(c) || TextChars.isClauseBreakAt(text, i)) {
        return false;
      }
      if (TextChars.isDigit(c)) {
        return !isPercentAt(text, i, itemEnd);
      }
    }
    return false;
  }

  /**
   * Whether the number at {@code i} is a percent ({@code …应缴纳社会保险费50%}): a share of the
   * noun, not a count of it, so the measure before the noun is a term of the commitment ({@code
   * 按6个月的…费50%的标准}), not a threshold.
   */
  private static boolean isPercentAt(CharSequence text, int i, int end) {
    int j = i;
    while (j < end && (TextChars.isDigit(text.charAt(j)) || text.charAt(j) == '.')) {
      j++;
    }
    return j < text.length() && text.charAt(j) == '%';
  }

  /** How far back a bracket that opens a definition is looked for. */
  private static final int DEFINITION_REACH = 60;

  /**
   * Where the first bracket of {@code text} that opens with 指 stands ({@code （指从业人员…}), else
   * the text's length: a figure before it stands in no definition, which {@link #check} then knows
   * without walking back from it. One walk of the text, comparing each char with 指.
   */
  static int firstDefinition(CharSequence text) {
    for (int i = 1; i < text.length(); i++) {
      if (text.charAt(i) == DEFINES) {
        char open = text.charAt(i - 1);
        if (open == '(' || open == '（') {
          return i - 1;
        }
      }
    }
    return text.length();
  }

  /** The char that right after an opening bracket makes it a definition's. */
  private static final char DEFINES = '指';

  /**
   * Whether the figure stands inside a bracket that opens with 指 and defines a term of the text
   * before it ({@code 中小微工业企业（指从业人员≤1000人或营业收入≤4亿元的工业企业）}): its figures
   * set the term's scope (annotation guide §6, thresholds that define a scope), not a commitment.
   * {@code firstDefinition} is {@link #firstDefinition} of {@code text}: no walk back from a figure
   * before it.
   */
  static boolean isInsideDefinition(CharSequence text, int start, int firstDefinition) {
    if (firstDefinition >= start) {
      return false;
    }
    for (int i = start - 1; i >= 0 && i >= start - DEFINITION_REACH; i--) {
      char c = text.charAt(i);
      if (c == ')' || c == '）' || c == '。' || c == '\n') {
        return false;
      }
      if (c == '(' || c == '（') {
        return i + 1 < text.length() && text.charAt(i + 1) == '指';
      }
    }
    return false;
  }

  /**
   * Whether the count stands in a frame that names whom the plan serves: 以 earlier in its clause
   * and, later in it, words of {@code object-frame} ({@code 以全市7600多名持证残疾人为主要对象}):
   * the people the plan is for, existing things (annotation guide §6), not a commitment.
   */
  private static boolean isServedObject(CharSequence text, int clauseStart, int before, int boundEnd, int clauseEnd) {
    if (OBJECT_FRAMES.lastBefore(text, clauseEnd, boundEnd) == null) {
      return false;
    }
    for (int i = before - 1; i >= clauseStart; i--) {
      if (text.charAt(i) == '以') {
        return true;
      }
    }
    return false;
  }

  /**
   * A percent of a scope that a verb of covering before it in its clause makes a share the plan
   * commits to ({@code 覆盖全市80%以上的行政村}, annotation guide §3 SHARE {@code 75%的城市社区}),
   * not a threshold ({@code 占比3%以上的企业}).
   */
  private static boolean isCoveredShare(
      CharSequence text, @Nullable Dimension dimension, int clauseStart, int before) {
    if (dimension != Dimension.PERCENT) {
      return false;
    }
    int floor = Math.max(clauseStart, before - COVERING_REACH);
    for (int end = before; end > floor; end--) {
      if (COVERING_VERBS.endsAt(text, end, floor)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A threshold that defines a scope (annotation guide §6): a figure with a bound word after it
   * and then {@code 的} and the thing it qualifies ({@code 床位100张以上的机构}, {@code 10人以上的村}).
   */
  private static boolean isScope(CharSequence text, long bound) {
    int end = BoundWording.textEnd(bound);
    return BoundWording.suffixed(bound) && end < text.length() && text.charAt(end) == '的';
  }

  /** Conjunctions and verbs that may follow a bound word without making it a threshold. */
  private static boolean isJoiner(char c) {
    return "和及与或并且，、是为实现达到完成用于".indexOf(c) >= 0;
  }

  /**
   * The chars after a time limit's {@code 内} that make it pick out items rather than commit to an
   * act: {@code 的} ({@code 3个月内的订单}) and a negation before the {@code 的} that follows ({@code
   * 48小时内未办结的事项}, {@code 7日内不回复的投诉}, {@code 30日内没有整改的}).
   */
  private static final String PICKS_OUT_AFTER_LIMIT = "的未不没";

  /**
   * Whether the figure is a time limit on the act that follows it (annotation guide §6 durations):
   * a duration counted in days or shorter units ({@code 6小时内放行}, {@code 10个工作日内报送},
   * {@code 30日内制定}), bounded by {@code 内}, {@code 以内} or {@code 之内} and followed by its verb,
   * not by {@code 的}: a commitment (AT_MOST), not a threshold that scopes a noun. Years and months
   * within which something happens ({@code 5年内重点引进}) stay a time frame.
   */
  private static boolean isTimeLimit(CharSequence text, Figure figure, long bound) {
    UnitDefinition definition = figure.definition();
    int end = BoundWording.textEnd(bound);
    return definition != null && definition.dimension() == Dimension.DURATION
        && !definition.canonical().symbol().equals(CALENDAR_MONTHS)
        && BoundWording.comparator(bound) == Bound.AT_MOST && BoundWording.suffixed(bound)
        && end < text.length() && text.charAt(end - 1) == '内'
        && PICKS_OUT_AFTER_LIMIT.indexOf(text.charAt(end)) < 0;
  }

  /**
   * The capacity in a project's name: a measure after {@code 年产}/{@code 年处理}… or, followed
   * by a name that ends in {@code 项目}/{@code 生产线}/{@code 工程} within its list item ({@code
   * 150万吨饲料蛋白及副产品深加工项目}), or another figure of such a list after {@code 年产}.
   */
  private static boolean isCapacity(
      CharSequence text, Figure figure, long bound, int clauseStart, int clauseEnd) {
    int before = TextChars.skipSpacesBack(text, BoundWording.textStart(bound), 0);
    int floor = Math.max(clauseStart, before - REACH);
    if (CAPACITY_WORDS.endsAt(text, before, floor)) {
      return true;
    }
    int after = BoundWording.textEnd(bound);
    if (after >= text.length() || !TextChars.isIdeograph(text.charAt(after))
        || isJoiner(text.charAt(after))) {
      return false;
    }
    if (CAPACITY_WORDS.lastBefore(text, before, floor) != null) {
      return true;
    }
    int itemEnd = Math.min(clauseEnd, after + REACH);
    for (int i = after; i < itemEnd; i++) {
      char c = text.charAt(i);
      if (TextChars.isListBreak(c) || TextChars.isClauseBreakAt(text, i) || TextChars.isDigit(c)) {
        return false;
      }
      if (PROJECT_WORDS.startsAt(text, i, itemEnd)) {
        return true;
      }
    }
    return false;
  }
}
