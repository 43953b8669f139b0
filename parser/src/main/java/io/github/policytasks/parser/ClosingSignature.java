package io.github.policytasks.parser;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the signature that closes a document which is its own notice (a 意见 or 通知 issued
 * without a separate plan, annotation guide §6 "The plan year"): the issuing office and the date
 * at the end of the text, the date on its own line under the office ({@code 国务院⏎2018年11月16日})
 * or run on after it ({@code 河北省人民政府办公厅2024年2月9日}, also straight after the last
 * sentence in a copy that lost its line breaks). Page furniture and a publication note ({@code
 * （此件公开发布）}) after the date are passed over. The office must read as one (at most {@value
 * OrganisationNames#MAX_NAME} characters, no clause break, ending as an organisation does), so a
 * last sentence that merely ends in a date is no signature. Looks at a bounded stretch at the end. Stateless and
 * thread-safe.
 */
final class ClosingSignature {
  /** The longest written date ({@code 二〇二四年十二月三十一日} with spaces). */
  private static final int MAX_DATE = 24;
  /** The most lines of furniture and publication note passed over after the date. */
  private static final int MAX_TRAILING = 6;

  private ClosingSignature() {}

  /** The date of the closing signature of the folded text {@code f} up to {@code limit}, or null. */
  static @Nullable LocalDate date(String f, int limit) {
    Line last = lastLine(f, limit);
    for (int skipped = 0; last != null && skipped < MAX_TRAILING && isTrailing(f, last); skipped++) {
      last = lastLine(f, last.start());
    }
    if (last == null || last.isBlank()) {
      return null;
    }
    int s = last.contentStart();
    int e = last.contentEnd();
    for (int k = Math.max(s, e - MAX_DATE); k < e; k++) {
      if (!startsNumber(f, k) || (k > s && isNumberChar(f.charAt(k - 1)))) {
        continue;
      }
      LocalDate date = dateIn(f, k, e);
      if (date == null) {
        continue;
      }
      if (k == s) {
        Line above = lastLine(f, last.start());
        return above != null && isOffice(f, above.contentStart(), above.contentEnd()) ? date : null;
      }
      int officeEnd = TextChars.skipSpacesBack(f, k, s);
      int officeStart = officeEnd;
      while (officeStart > s && !TextChars.isSentenceBreak(f.charAt(officeStart - 1))
          && officeEnd - officeStart <= OrganisationNames.MAX_NAME) {
        officeStart--;
      }
      officeStart = TextChars.skipSpaces(f, officeStart, officeEnd);
      return isOffice(f, officeStart, officeEnd) ? date : null;
    }
    return null;
  }

  /** The last non-blank line ending at or before {@code end}, or null. */
  private static @Nullable Line lastLine(String f, int end) {
    int e = end;
    while (e > 0 && (TextChars.isBlank(f.charAt(e - 1)) || TextChars.isLineBreak(f.charAt(e - 1)))) {
      e--;
    }
    if (e == 0) {
      return null;
    }
    int s = e;
    while (s > 0 && !TextChars.isLineBreak(f.charAt(s - 1))) {
      s--;
    }
    return Line.of(f, s, e, e);
  }

  private static boolean isTrailing(String f, Line line) {
    if (LineShapes.isFurniture(f, line)) {
      return true;
    }
    return line.length() >= 4 && TextChars.isOpenBracket(f.charAt(line.contentStart()))
        && TextChars.isCloseBracket(f.charAt(line.contentEnd() - 1))
        && TextChars.indexOf(f, "此件", line.contentStart(), line.contentEnd()) >= 0;
  }

  private static @Nullable LocalDate dateIn(String f, int start, int end) {
    StringBuilder compact = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (!TextChars.isBlank(f.charAt(i))) {
        compact.append(f.charAt(i));
      }
    }
    return DateReader.read(compact.toString(), 0, compact.length());
  }

  private static boolean startsNumber(String f, int k) {
    return isNumberChar(f.charAt(k));
  }

  private static boolean isNumberChar(char c) {
    return TextChars.isDigit(c) || ChineseNumerals.isNumeral(c) || c == '〇' || c == '零';
  }

  /** Whether {@code [start, end)} names an office: short, no clause break, an organisation's ending. */
  private static boolean isOffice(String f, int start, int end) {
    if (end <= start || end - start > OrganisationNames.MAX_NAME) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (TextChars.isClauseBreak(f.charAt(i))) {
        return false;
      }
    }
    return OrganisationNames.endsAsOrganisation(f, start, end, false);
  }
}
