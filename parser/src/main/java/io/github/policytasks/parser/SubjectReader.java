package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.BoundWord;
import io.github.policytasks.metrics.lexicon.Numerals;
import io.github.policytasks.metrics.lexicon.WordPosition;
import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what a target counts or measures, as written (annotation guide §3, subject). The subject
 * is the noun phrase of the target's clause before its words ({@code 产业集群规模突破150亿元}),
 * cut after the last verb that takes it as object ({@code …等企业争创省级重点实验室、“一企一技术”
 * 中心等创新平台}) and without leading time and effort words ({@code 年内}, {@code 力争}) or
 * trailing level verbs ({@code 达到}) and words that hold a level ({@code 稳定在}); thresholds,
 * scopes, {@code 累计} and {@code 年均} stay in it ({@code 亿元以上项目}, {@code 每千人口托位数}).
 * When nothing stands before the figure but a verb, the subject is the noun phrase after it ({@code 新建8个智慧社区}, {@code 75%的城市社区}). Reads a
 * bounded window, so it is linear in the text. Stateless and thread-safe.
 */
final class SubjectReader {
  /** The marks of a date phrase, in the order they are read: year, month, day. */
  private static final String[] DATE_MARKS = {"年", "月", "日"};

  private static final int REACH = 48;

  /** Verbs after which the object, not the clause, is the subject; found anywhere before the figure ({@code subject-object-verbs.txt}). */
  private static final WordTable<Boolean> OBJECT_VERBS = WordLists.table("subject-object-verbs.txt");

  /** Words a subject does not begin with: time, effort, linking words ({@code subject-leading-words.txt}) and the marks that separate clauses. */
  private static final WordTable<Boolean> LEADING = wordsAndMarks("subject-leading-words.txt", "、,:;( ");

  /** Words a subject does not end with: level verbs, effort words ({@code 增速力争-1%以上}) and linking words ({@code subject-trailing-words.txt}), and a space. */
  private static final WordTable<Boolean> TRAILING = wordsAndMarks("subject-trailing-words.txt", " ");

  /**
   * The words that hold a level ({@code bound-words.txt}: {@code 稳定在}, {@code 保持在}, {@code
   * 维持在}): a verb, never part of the subject ({@code 粮食生产用地稳定在7500万亩}), whether or not
   * a bound word after the figure draws it into the target's words.
   */
  private static final WordTable<BoundWord> HOLDING =
      io.github.policytasks.metrics.lexicon.BoundWords.at(WordPosition.HOLDING);

  /** Conjunctions that join list items: {@code 8%、10%和12%}. */
  private static final String LIST_CONJUNCTIONS = "和及与或";

  /** Chars that make a verb before them part of a noun ({@code 新增用地}: {@code subject-noun-heads.txt}). */
  private static final String NOUN_HEADS = WordLists.chars("subject-noun-heads.txt");

  /** Names of indicators that hold a verb of adding ({@code subject-indicator-names.txt}: {@code 城镇新增就业}). */
  private static final WordTable<Boolean> INDICATOR_NAMES = WordLists.table("subject-indicator-names.txt");
  private static final int LONGEST_INDICATOR_NAME = INDICATOR_NAMES.longestWord();

  /** Words after which a following subject stops: the next predicate ({@code subject-predicates.txt}). */
  private static final WordTable<Boolean> PREDICATES = WordLists.table("subject-predicates.txt");

  private SubjectReader() {}

  /** The words of the list {@code resource} and each of {@code marks} as a one-character word. */
  private static WordTable<Boolean> wordsAndMarks(String resource, String marks) {
    Map<String, Boolean> words = new LinkedHashMap<>();
    for (String word : WordLists.words(resource)) {
      words.put(word, Boolean.TRUE);
    }
    for (int i = 0; i < marks.length(); i++) {
      words.put(String.valueOf(marks.charAt(i)), Boolean.TRUE);
    }
    return WordTable.of(words);
  }

  /**
   * What {@link #read} answers when nothing names the subject. Any other answer says where the
   * subject stands, packed in one {@code long} so that a target's subject costs no object until
   * its text is cut ({@code original[start(s), end(s))}): {@link #start}, {@link #end}, {@link
   * #follows}.
   */
  static final long NONE = -1;

  /** The offset of the first character of the subject {@code subject} ({@link #NONE} excluded). */
  static int start(long subject) {
    return (int) (subject >>> 32);
  }

  /** The offset just past the subject {@code subject}. */
  static int end(long subject) {
    return (int) ((subject & 0xFFFF_FFFFL) >>> 1);
  }

  /** Whether the subject {@code subject} follows the figure ({@code 新建8个智慧社区}). */
  static boolean follows(long subject) {
    return (subject & 1) != 0;
  }

  private static long subject(int start, int end, boolean follows) {
    return (long) start << 32 | (long) end << 1 | (follows ? 1 : 0);
  }

  /**
   * The subject of the target whose words are {@code text[textStart, textEnd)}, reading back to
   * {@code floor} (its clause start or the end of the previous target) and forward to {@code
   * limit} (its clause end or the next figure), as {@link #start}, {@link #end} and {@link
   * #follows} read it: offsets into {@code folded} and the original text alike, whose text is the
   * subject as written. The phrase after the figure is preferred when the one before it is
   * missing, only a short word, or a list closed by {@code 等} ({@code …等7家新一代信息技术企业}).
   * {@link #NONE} when nothing names it.
   */
  static long read(CharSequence folded, int textStart, int textEnd, int floor, int limit) {
    long before = before(folded, textStart, floor);
    if (before != NONE && end(before) - start(before) > 2
        && folded.charAt(end(before) - 1) != '等') {
      return before;
    }
    long after = after(folded, textEnd, limit);
    return after != NONE ? after : before;
  }

  private static long before(CharSequence folded, int textStart, int floor) {
    int start = Math.max(floor, textStart - REACH);
    int end = textStart;
    WordTable.Match<Boolean> verb = OBJECT_VERBS.lastBefore(folded, end, start);
    while (verb != null && (verb.end() >= end || isInsideNoun(folded, verb))) {
      verb = OBJECT_VERBS.lastBefore(folded, verb.start(), start);
    }
    if (verb != null) {
      start = verb.end();
    }
    boolean changed = true;
    while (changed && start < end) {
      changed = false;
      WordTable.Match<Boolean> lead = LEADING.matchAt(folded, start, end);
      if (lead != null) {
        start = lead.end();
        changed = true;
      }
      int afterTime = afterDeadlinePhrase(folded, start, end);
      if (afterTime > start) {
        start = afterTime;
        changed = true;
      }
      WordTable.Match<Boolean> verbAtStart = OBJECT_VERBS.matchAt(folded, start, end);
      if (verbAtStart != null && (verbAtStart.end() == end || !isInsideNoun(folded, verbAtStart))) {
        start = verbAtStart.end();
        changed = true;
      }
      WordTable.Match<Boolean> trail = TRAILING.matchEndingAt(folded, end, start);
      if (trail != null && !keepsChangeWord(folded, trail, start)) {
        end = trail.start();
        changed = true;
      }
      WordTable.Match<BoundWord> holding = HOLDING.matchEndingAt(folded, end, start);
      if (holding != null) {
        end = holding.start();
        changed = true;
      }
    }
    return start < end ? subject(start, end, false) : NONE;
  }

  /**
   * The end of a deadline phrase that starts at {@code start} ({@code 9月底前}, {@code 2025年底前},
   * {@code 6月份前}, {@code 9月30日前}, {@code 到2025年}), or {@code start} when none does.
   */
  private static int afterDeadlinePhrase(CharSequence folded, int start, int end) {
    int i = start;
    boolean reach = i < end && (folded.charAt(i) == '到' || folded.charAt(i) == '至');
    if (reach) {
      i++;
    }
    if (i >= end || !isNumeral(folded.charAt(i))) {
      // every date mark follows a numeral here: without one no phrase starts
      return start;
    }
    boolean dated = false;
    for (String mark : DATE_MARKS) {
      int j = i;
      while (j < end && j - i < 4 && isNumeral(folded.charAt(j))) {
        j++;
      }
      if (j > i && j < end && TextChars.startsWith(folded, mark, j)) {
        i = j + 1;
        dated = true;
        if (mark.equals("月") && i < end && folded.charAt(i) == '份') {
          i++;
        }
      }
    }
    if (!dated) {
      return start;
    }
    int before = i;
    while (i < end && "底末中下上旬".indexOf(folded.charAt(i)) >= 0) {
      i++;
    }
    for (String word : new String[] {"之前", "以前", "前", "内"}) {
      if (TextChars.startsWith(folded, word, i) && i + word.length() <= end) {
        return i + word.length();
      }
    }
    return i > before || reach ? i : start;
  }

  private static boolean isNumeral(char c) {
    return TextChars.isDigit(c) || "〇零一二三四五六七八九十两".indexOf(c) >= 0;
  }

  /** {@code 累计}/{@code 年均} before a change word keep it in the subject ({@code 年均下降}). */
  private static boolean keepsChangeWord(CharSequence folded, WordTable.Match<Boolean> trail, int start) {
    int at = trail.start();
    return at - 2 >= start
        && (TextChars.startsWith(folded, "年均", at - 2) || TextChars.startsWith(folded, "累计", at - 2));
  }

  /**
   * A verb followed by a noun-making character is part of a noun: {@code 完成率}, {@code 建设用地},
   * {@code 建成区}, {@code 技术改造项目}.
   */
  private static boolean isInsideNoun(CharSequence folded, WordTable.Match<Boolean> verb) {
    char next = folded.charAt(verb.end());
    return NOUN_HEADS.indexOf(next) >= 0 || isInsideIndicatorName(folded, verb);
  }

  /**
   * Whether {@code verb} stands inside the name of a statistical indicator ({@code
   * subject-indicator-names.txt}: {@code 城镇新增就业}), which the subject keeps whole.
   */
  private static boolean isInsideIndicatorName(CharSequence folded, WordTable.Match<Boolean> verb) {
    int floor = Math.max(0, verb.start() - LONGEST_INDICATOR_NAME);
    int last = Math.min(folded.length(), verb.start() + LONGEST_INDICATOR_NAME);
    for (int end = verb.end(); end <= last; end++) {
      WordTable.Match<Boolean> name = INDICATOR_NAMES.matchEndingAt(folded, end, floor);
      if (name != null && name.start() <= verb.start()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A conjunction that joins the next figure of a list ({@code 分别增长8%、10%和12%}): it closes the
   * phrase after a figure, as {@code 、} does, and names nothing.
   */
  private static boolean isConjunctionBeforeFigure(CharSequence folded, int at) {
    return at + 1 < folded.length() && LIST_CONJUNCTIONS.indexOf(folded.charAt(at)) >= 0
        && (TextChars.isDigit(folded.charAt(at + 1)) || Numerals.isNumeral(folded.charAt(at + 1)));
  }

  /**
   * The index just past the {@code ”} that closes the quotation opened at {@code open}, or -1 when
   * none closes it before {@code stop}: a name in quotes is read whole, digits and all ({@code
   * 建成10个以上“5G+工业互联网”示范项目}).
   */
  private static int quoteEnd(CharSequence folded, int open, int stop) {
    for (int i = open + 1; i < stop; i++) {
      char c = folded.charAt(i);
      if (c == '”') {
        return i + 1;
      }
      if (TextChars.isSentenceBreakAt(folded, i)) {
        return -1;
      }
    }
    return -1;
  }

  private static long after(CharSequence folded, int textEnd, int limit) {
    int start = textEnd;
    if (start < limit && folded.charAt(start) == '的') {
      start++;
    }
    int stop = Math.min(limit, start + REACH);
    if (PREDICATES.startsAt(folded, start, stop)) {
      return NONE;
    }
    int end = start;
    while (end < stop) {
      char c = folded.charAt(end);
      int quoteEnd = c == '“' ? quoteEnd(folded, end, stop) : -1;
      if (quoteEnd > 0) {
        end = quoteEnd;
        continue;
      }
      if (TextChars.isClauseBreakAt(folded, end) || TextChars.isListBreak(c)
          || TextChars.isDigit(c) || isConjunctionBeforeFigure(folded, end)) {
        break;
      }
      if (end > start && PREDICATES.startsAt(folded, end, stop)) {
        break;
      }
      end++;
    }
    WordTable.Match<Boolean> trail = TRAILING.matchEndingAt(folded, end, start);
    while (trail != null && trail.start() > start) {
      end = trail.start();
      trail = TRAILING.matchEndingAt(folded, end, start);
    }
    if (end > start && !TextChars.isIdeograph(folded.charAt(start)) && folded.charAt(start) != '“'
        && folded.charAt(start) != '"') {
      return NONE;
    }
    return end > start ? subject(start, end, true) : NONE;
  }
}
