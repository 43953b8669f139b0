package io.github.policytasks.core;

/** The kind of organisation a responsible unit's name shows (annotation guide §2). */
public enum OrganizationKind {
  /** A party organ: 县委组织部, 县委宣传部. */
  PARTY_ORGAN,
  /** A government department: …局, …委, …办. */
  GOVERNMENT_DEPARTMENT,
  /** A service centre: …中心. */
  SERVICE_CENTRE,
  /** A state enterprise: …集团, …公司. */
  STATE_ENTERPRISE,
  /** A bank branch: …银行…支行. */
  BANK_BRANCH,
  /** A development zone or its committee: …经开区, …管委会. */
  DEVELOPMENT_ZONE,
  /** A township government or sub-district office: …镇人民政府, …街道办事处. */
  SUB_DISTRICT,
  /** A people's government: 县人民政府. */
  GOVERNMENT
}
