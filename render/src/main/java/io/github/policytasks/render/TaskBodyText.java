package io.github.policytasks.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A task's text without its responsibility note, for writing the note anew in another style: a
 * trailing bracketed note ({@code (牵头单位:…)}, {@code （…牵头）}, {@code 〔责任单位：…〕}, with any
 * punctuation after it) and own-line notes ({@code 牵头单位:…} on a line of its own after the
 * first) are removed; any other text, brackets that hold no note included, is kept as it is.
 * Stateless and thread-safe.
 */
final class TaskBodyText {
  /** The keys of the annotation guide §2, in Simplified and Traditional characters. */
  private static final List<String> NOTE_WORDS = List.of(
      "牵头单位", "牵头部门", "责任部门", "责任单位", "配合单位", "参与单位", "协同单位", "配合部门",
      "责任领导", "分管领导", "牵头领导", "完成时限", "时间节点", "完成时间",
      "牽頭單位", "牽頭部門", "責任部門", "責任單位", "配合單位", "參與單位", "協同單位", "配合部門",
      "責任領導", "分管領導", "牽頭領導", "完成時限", "時間節點", "完成時間",
      "牵头", "牽頭");
  private static final String OPENING = "(（〔【[";
  private static final String CLOSING = ")）〕】]";
  private static final String AFTER_NOTE = ".。;；,，";

  private TaskBodyText() {}

  /** {@code text} without its responsibility note; lines joined by {@code \n}. */
  static String withoutNote(String text) {
    List<String> kept = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i > 0 && isOwnLineNote(line.strip())) {
        continue;
      }
      kept.add(line);
    }
    return withoutTrailingNote(String.join("\n", kept));
  }

  private static boolean isOwnLineNote(String line) {
    if (line.isEmpty()) {
      return false;
    }
    int open = OPENING.indexOf(line.charAt(0));
    if (open >= 0 && line.charAt(line.length() - 1) == CLOSING.charAt(open)) {
      return isNote(line.substring(1, line.length() - 1));
    }
    for (String word : NOTE_WORDS) {
      if (line.startsWith(word) && word.length() == 4 && line.length() > 4
          && (line.charAt(4) == ':' || line.charAt(4) == '：')) {
        return true;
      }
    }
    return false;
  }

  private static String withoutTrailingNote(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
        || AFTER_NOTE.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    if (end == 0) {
      return text.strip();
    }
    int kind = CLOSING.indexOf(text.charAt(end - 1));
    if (kind < 0) {
      return text.stripTrailing();
    }
    int open = matchingOpening(text, end - 1);
    if (open < 0 || !isNote(text.substring(open + 1, end - 1))) {
      return text.stripTrailing();
    }
    return text.substring(0, open).stripTrailing();
  }

  /** The offset of the bracket that {@code close} closes, counting brackets of every kind. */
  private static int matchingOpening(String text, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = text.charAt(i);
      if (CLOSING.indexOf(c) >= 0) {
        depth++;
      } else if (OPENING.indexOf(c) >= 0) {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isNote(String content) {
    for (String word : NOTE_WORDS) {
      if (content.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
