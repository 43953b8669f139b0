package io.github.policytasks.benchmarks;

/**
 * Adds the noise of a web copy to a document: page furniture lines ({@code 【字体:大 中 小】},
 * {@code 打印本页}, {@code 扫一扫在手机打开当前页}), blank lines with spaces, and lines indented
 * with full-width or no-break spaces, so the parser meets what a copied portal page holds.
 * Stateless and thread-safe.
 */
final class NoiseLines {
  private static final String[] FURNITURE = {
    "【字体:大 中 小】", "打印本页 关闭窗口", "扫一扫在手机打开当前页", "  ", "\u3000\u3000", "分享到:",
    "当前位置:首页 > 政务公开 > 政策文件", "浏览次数:1024"
  };

  private NoiseLines() {}

  static String add(String document) {
    StringBuilder out = new StringBuilder(document.length() + document.length() / 8);
    int line = 0;
    int start = 0;
    while (start < document.length()) {
      int end = document.indexOf('\n', start);
      end = end < 0 ? document.length() : end + 1;
      if (line % 7 == 3) {
        out.append(FURNITURE[(line / 7) % FURNITURE.length]).append('\n');
      }
      if (line % 5 == 1) {
        out.append(line % 2 == 0 ? "\u3000\u3000" : "\u00A0");
      }
      out.append(document, start, end);
      start = end;
      line++;
    }
    return out.toString();
  }
}
