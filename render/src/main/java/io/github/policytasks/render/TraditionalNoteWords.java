package io.github.policytasks.render;

import java.util.Map;

/**
 * The Traditional-character forms of the words a rendered note or notice uses ({@code 牵头单位} →
 * {@code 牽頭單位}). Only these words are converted; unit names stay as the plan writes them.
 * Stateless and thread-safe.
 */
final class TraditionalNoteWords {
  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("牵头单位", "牽頭單位"),
      Map.entry("牵头部门", "牽頭部門"),
      Map.entry("责任单位", "責任單位"),
      Map.entry("配合单位", "配合單位"),
      Map.entry("配合部门", "配合部門"),
      Map.entry("责任领导", "責任領導"),
      Map.entry("完成时限", "完成時限"),
      Map.entry("牵头", "牽頭"),
      Map.entry("列第一位的为牵头单位", "列第一位的為牽頭單位"));

  private TraditionalNoteWords() {}

  /**
   * The Traditional form of {@code simplified}.
   *
   * @throws IllegalArgumentException if the word is not one a rendered note uses
   */
  static String of(String simplified) {
    String traditional = WORDS.get(simplified);
    if (traditional == null) {
      throw new IllegalArgumentException("No Traditional form known for \"" + simplified + "\"");
    }
    return traditional;
  }
}
