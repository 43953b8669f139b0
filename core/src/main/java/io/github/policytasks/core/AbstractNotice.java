package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The covering notice (通知) that issues a plan: addressees (主送), body, signing office, date
 * and publication note ({@code (此件公开发布)}). Every part is optional. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({"title", "addressees", "body", "issuer", "date", "publicationNote", "span"})
abstract class AbstractNotice {

  /** {@return the notice's heading ({@code 关于印发《…》的通知}), when present} */
  public abstract @Nullable String title();

  /** {@return the addressees line, without its closing colon} */
  public abstract @Nullable String addressees();

  /** {@return the body text} */
  public abstract @Nullable String body();

  /** {@return the signing office} */
  public abstract @Nullable String issuer();

  /** {@return the signing date} */
  public abstract @Nullable LocalDate date();

  /** {@return the publication note, without brackets ({@code 此件公开发布})} */
  public abstract @Nullable String publicationNote();

  /** {@return where the notice stands in the input, when known} */
  public abstract @Nullable SourceSpan span();
}
