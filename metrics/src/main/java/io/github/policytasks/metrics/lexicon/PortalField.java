package io.github.policytasks.metrics.lexicon;

/**
 * The metadata field a publishing portal's header key fills ({@code portal-header-keys.txt};
 * plan-json.md "metadata"), or {@link #OTHER} for a known key that fills none.
 */
public enum PortalField {
  /** 索引号. */
  INDEX_NUMBER,
  /** 主题分类. */
  TOPIC,
  /** 成文日期, 发文日期: the date the document was written. */
  WRITTEN_DATE,
  /** 发布日期, 公开日期: the date it was published. */
  PUBLISHED_DATE,
  /** 发布机关, 发布机构, 发文单位. */
  ISSUER,
  /** 统一编号. */
  UNIFIED_NUMBER,
  /** 标题, 名称. */
  TITLE,
  /** 发文字号, 文号, 文件编号. */
  DOCUMENT_NUMBER,
  /** 有效性. */
  VALIDITY,
  /** A known key that fills no field (公开方式, 信息分类): it ends the value before it. */
  OTHER
}
