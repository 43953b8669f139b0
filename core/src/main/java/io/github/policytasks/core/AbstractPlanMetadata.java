package io.github.policytasks.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The publishing portal's header of a plan (索引号, 主题分类, 成文日期, 发布日期, 发布机关,
 * 统一编号, 标题, 发文字号, 有效性). Every value is optional; {@code 暂无} and {@code 无} in the
 * source mean absent. Immutable and thread-safe.
 */
@Value.Immutable
@JsonPropertyOrder({
  "title", "documentNumber", "issuer", "writtenDate", "publishedDate", "indexNumber", "topic",
  "unifiedNumber", "validity"
})
abstract class AbstractPlanMetadata {

  /** {@return 标题: the document's full title} */
  public abstract @Nullable String title();

  /** {@return 发文字号: the document number ({@code 嘉政办字〔2023〕22号})} */
  public abstract @Nullable String documentNumber();

  /** {@return 发布机关: the issuing office} */
  public abstract @Nullable String issuer();

  /** {@return 成文日期: the date it was written} */
  public abstract @Nullable LocalDate writtenDate();

  /** {@return 发布日期: the date it was published} */
  public abstract @Nullable LocalDate publishedDate();

  /** {@return 索引号: the portal's index number} */
  public abstract @Nullable String indexNumber();

  /** {@return 主题分类: the portal's topic} */
  public abstract @Nullable String topic();

  /** {@return 统一编号: the unified number} */
  public abstract @Nullable String unifiedNumber();

  /** {@return 有效性: the validity flag, as written} */
  public abstract @Nullable String validity();

  /** {@return metadata with every value absent} */
  public static PlanMetadata empty() {
    return PlanMetadata.builder().build();
  }
}
