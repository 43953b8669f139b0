package io.github.policytasks.core;

/** The administrative level a responsible unit's name shows (省, 市, 县, 区, 镇/街道). */
public enum UnitLevel {
  /** 省: a province. */
  PROVINCE,
  /** 市: a city. */
  CITY,
  /** 县: a county. */
  COUNTY,
  /** 区: a district. */
  DISTRICT,
  /** 镇, 乡 or 街道: a township or sub-district. */
  TOWNSHIP
}
