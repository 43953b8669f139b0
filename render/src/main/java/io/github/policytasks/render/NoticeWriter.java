package io.github.policytasks.render;

import io.github.policytasks.core.Notice;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes a plan's covering notice (通知) as the genre lays it out: the issuing office and the
 * notice's heading on lines of their own, the document number, the addressees with a closing
 * colon, the body, the signing office, the date ({@code 2023年8月8日}) and the bracketed
 * publication note ({@code (此件公开发布)}). Absent parts are left out. Immutable and thread-safe.
 */
final class NoticeWriter {
  private final RenderStyle style;

  NoticeWriter(RenderStyle style) {
    this.style = style;
  }

  /** Hands each line of {@code notice} to {@code line}. */
  void write(Notice notice, @Nullable String documentNumber, Consumer<String> line) {
    lineIf(notice.issuer(), line);
    lineIf(notice.title(), line);
    lineIf(documentNumber, line);
    String addressees = notice.addressees();
    if (addressees != null) {
      line.accept(text(addressees) + (full() ? "：" : ":"));
    }
    String body = notice.body();
    if (body != null) {
      body.lines().map(this::text).forEach(line);
    }
    lineIf(notice.issuer(), line);
    LocalDate date = notice.date();
    if (date != null) {
      line.accept(date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }
    String publication = notice.publicationNote();
    if (publication != null) {
      line.accept((full() ? "（" : "(") + text(publication) + (full() ? "）" : ")"));
    }
  }

  private void lineIf(@Nullable String value, Consumer<String> line) {
    if (value != null) {
      line.accept(text(value));
    }
  }

  private String text(String value) {
    return PunctuationWidth.in(style.punctuation(), value);
  }

  private boolean full() {
    return style.punctuation() == Punctuation.FULL_WIDTH;
  }
}
