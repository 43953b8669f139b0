package io.github.policytasks.parser;

/**
 * The names of issuing and signing organisations in a notice's front and end matter (annotation
 * guide §1, notice layer): how long such a name may be, and the endings that make a stretch of
 * text read as one ({@code 某市人民政府办公室}, {@code 省商务厅}, {@code 某县政务服务中心}). One place for the
 * question that the front matter, the plan reader, the notice heading and the closing signature
 * all ask. Stateless and thread-safe.
 */
final class OrganisationNames {
  /** The longest organisation name read as an issuer or a signing office. */
  static final int MAX_NAME = 40;
  /** The endings of an organisation's name. */
  private static final String[] ENDINGS = {
      "办公室", "政府", "委员会", "党委", "县委", "市委", "区委", "省委", "局", "厅", "部", "中心", "院"};

  private OrganisationNames() {}

  /**
   * Whether {@code [start, end)} of {@code text} ends as an organisation's name does (one of the
   * endings). With {@code nameBeforeEnding}, at least one character must stand before the ending
   * (the ending alone, {@code 办公室}, names nothing); without it the ending alone is enough.
   */
  static boolean endsAsOrganisation(String text, int start, int end, boolean nameBeforeEnding) {
    int extra = nameBeforeEnding ? 1 : 0;
    for (String ending : ENDINGS) {
      if (end - start >= ending.length() + extra && text.startsWith(ending, end - ending.length())) {
        return true;
      }
    }
    return false;
  }
}
