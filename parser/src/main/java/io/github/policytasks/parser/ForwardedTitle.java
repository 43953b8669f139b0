package io.github.policytasks.parser;

import io.github.policytasks.metrics.lexicon.Folding;
import org.jspecify.annotations.Nullable;

/**
 * The title of the plan a covering notice forwards, for a page that gives the plan's items without
 * the plan's own title line (annotation guide §6, the plan year: the cited plan title): the title
 * the notice's heading or the opening of its body cites, else the one cited by the portal header's
 * 标题 when that names a forwarding notice ({@code 某省商务厅关于印发《X》的通知}: X).
 */
final class ForwardedTitle {
  private ForwardedTitle() {}

  /**
   * The forwarded plan's title: {@code citation} when the notice itself cites one, else the title
   * that {@code portalTitle} cites as a forwarding notice (印发 or 转发, ending 通知); null when
   * neither does.
   */
  static @Nullable String of(@Nullable String citation, @Nullable String portalTitle) {
    if (citation != null || portalTitle == null) {
      return citation;
    }
    String title = portalTitle.strip();
    String folded = Folding.fold(title);
    if (!folded.endsWith("通知") || !folded.contains("印发") && !folded.contains("转发")) {
      return null;
    }
    String cited = FrontMatterReader.innerCitation(title);
    return cited == null || cited.isEmpty() ? null : cited;
  }
}
