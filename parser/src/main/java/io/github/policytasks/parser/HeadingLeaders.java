package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.WordLists;
import io.github.policytasks.metrics.lexicon.WordTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The leaders a section or subsection heading names as in charge of its tasks (annotation guide
 * §2 leaders, §6): {@code 一、朱伟县长牵头重点工作}, {@code 二、宋晖常务副县长牵头重点工作}, {@code
 * （一）由县委常委、常务副县长刘建华牵头}, also in a bracket that closes the heading ({@code
 * 一、财政金融工作（县长朱伟牵头）}). The heading's words before its first {@code 牵头} (after an
 * opening {@code 由}; inside the bracket, where 牵头 closes one) must be offices and honorifics of
 * {@code leader-titles.txt} ({@code 同志}), the joiners {@code 、 和 与} and names of two to four
 * ideographs, at least one office and one name: each name is a leader.
 * Anything else before {@code 牵头} ({@code 县政府分管领导牵头}, {@code 县发改局牵头}) names no
 * leader. Stateless and thread-safe.
 */
final class HeadingLeaders {
  private HeadingLeaders() {}

  private static final WordTable<Boolean> TITLES = WordLists.table("leader-titles.txt");

  /** The verb after the leaders. */
  private static final String LEADS = "牵头";

  private static final int SHORTEST_NAME = 2;
  private static final int LONGEST_NAME = 4;

  /**
   * {@return the names of the leaders the heading text {@code [start, end)} of the folded text
   * {@code f} puts in charge of its tasks, as leader names, in written order; empty when it names
   * none}
   */
  static List<NoteParts.Name> in(String f, int start, int end) {
    int verb = TextChars.indexOf(f, LEADS, start, end);
    if (verb < 0) {
      return List.of();
    }
    int from = start;
    int open = lastOpenBracket(f, start, verb);
    if (open >= 0) {
      int after = verb + LEADS.length();
      if (after >= end || !TextChars.isCloseBracket(f.charAt(after))) {
        return List.of();
      }
      from = open + 1;
    }
    int i = from < verb && f.charAt(from) == '由' ? from + 1 : from;
    List<NoteParts.Name> names = new ArrayList<>(2);
    boolean office = false;
    int nameStart = -1;
    while (i < verb) {
      WordTable.Match<Boolean> title = TITLES.matchAt(f, i, verb);
      char c = f.charAt(i);
      if (title != null || c == '、' || c == '和' || c == '与') {
        if (nameStart >= 0 && !addName(names, nameStart, i)) {
          return List.of();
        }
        nameStart = -1;
        office |= title != null;
        i = title != null ? title.end() : i + 1;
      } else if (TextChars.isIdeograph(c)) {
        nameStart = nameStart < 0 ? i : nameStart;
        i++;
      } else {
        return List.of();
      }
    }
    if (nameStart >= 0 && !addName(names, nameStart, verb)) {
      return List.of();
    }
    return office ? names : List.of();
  }

  /** The last opening bracket in {@code [start, end)}, or -1. */
  private static int lastOpenBracket(String f, int start, int end) {
    for (int k = end - 1; k >= start; k--) {
      if (TextChars.isOpenBracket(f.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  /** Adds the name {@code [start, end)} when it is as long as a person's name; false when not. */
  private static boolean addName(List<NoteParts.Name> names, int start, int end) {
    int length = end - start;
    if (length < SHORTEST_NAME || length > LONGEST_NAME) {
      return false;
    }
    names.add(new NoteParts.Name(NoteParts.Role.LEADER, start, end));
    return true;
  }
}
