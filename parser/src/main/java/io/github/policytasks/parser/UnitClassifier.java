package io.github.policytasks.parser;

import io.github.policytasks.core.OrganizationKind;
import io.github.policytasks.core.UnitLevel;
import org.jspecify.annotations.Nullable;

/**
 * Tells the administrative level and the kind of organisation a unit's name shows (annotation
 * guide §2): {@code 县委宣传部} is a county party organ, {@code 市生态环境局嘉祥县分局} a county
 * government department, {@code 中国人民银行嘉祥县支行} a county bank branch. Works on folded
 * names. Stateless and thread-safe.
 */
final class UnitClassifier {
  private static final int PLACE_PREFIX_LIMIT = 12;
  private static final String[] BRANCHES = {"分局", "支行", "分行", "分公司", "分中心", "大队", "中队", "分所"};
  private static final String[] DEPARTMENT_ENDINGS = {"局", "委", "办", "办公室", "厅", "委员会", "署", "处"};

  private UnitClassifier() {}

  /** The level the folded name shows, or null. */
  static @Nullable UnitLevel level(String name) {
    for (String branch : BRANCHES) {
      int at = name.indexOf(branch);
      if (at > 0) {
        UnitLevel level = levelOf(name, at - 1);
        if (level != null) {
          return level;
        }
      }
    }
    int start = name.startsWith("中共") ? 2 : name.startsWith("各") ? 1 : 0;
    if (start < name.length()) {
      UnitLevel prefix = levelOf(name, start);
      if (prefix != null) {
        return prefix;
      }
    }
    int chainEnd = placeChainEnd(name);
    return chainEnd > 0 ? levelOf(name, chainEnd - 1) : null;
  }

  /** The kind of organisation the folded name shows, or null. */
  static @Nullable OrganizationKind kind(String name) {
    if (name.contains("银行") || name.contains("农商行") || name.endsWith("支行")) {
      return OrganizationKind.BANK_BRANCH;
    }
    if (name.endsWith("集团") || name.endsWith("公司")) {
      return OrganizationKind.STATE_ENTERPRISE;
    }
    if (name.endsWith("管委会") || name.endsWith("经开区") || name.endsWith("开发区")
        || name.endsWith("高新区") || name.endsWith("园区") || name.endsWith("管理委员会")
            && (name.contains("开发区") || name.contains("园区") || name.contains("高新"))) {
      return OrganizationKind.DEVELOPMENT_ZONE;
    }
    if (name.endsWith("街道办事处") || name.endsWith("街道办") || name.endsWith("街道")
        || name.endsWith("镇人民政府") || name.endsWith("乡人民政府") || name.endsWith("镇政府")
        || name.endsWith("乡政府") || name.endsWith("镇") || name.endsWith("乡")
        || name.startsWith("各") && (name.contains("镇") || name.contains("街") || name.contains("乡"))) {
      return OrganizationKind.SUB_DISTRICT;
    }
    if (name.endsWith("人民政府") || name.endsWith("政府")) {
      return OrganizationKind.GOVERNMENT;
    }
    if (isPartyOrgan(name)) {
      return OrganizationKind.PARTY_ORGAN;
    }
    if (name.endsWith("中心")) {
      return OrganizationKind.SERVICE_CENTRE;
    }
    for (String ending : DEPARTMENT_ENDINGS) {
      if (name.endsWith(ending)) {
        return OrganizationKind.GOVERNMENT_DEPARTMENT;
      }
    }
    return null;
  }

  private static boolean isPartyOrgan(String name) {
    if (name.startsWith("中共") || name.contains("纪委") || name.contains("监委")) {
      return true;
    }
    if (name.length() > 1 && isLevelChar(name.charAt(0)) && name.charAt(1) == '委') {
      return name.length() == 2 || name.charAt(2) != '员';
    }
    int chainEnd = placeChainEnd(name);
    return chainEnd > 0 && chainEnd < name.length() && name.charAt(chainEnd) == '委'
        && (chainEnd + 1 == name.length() || name.charAt(chainEnd + 1) != '员');
  }

  private static boolean isLevelChar(char c) {
    return c == '省' || c == '市' || c == '县' || c == '区';
  }

  /** The level marked by the place marker ending at {@code at}, or null. */
  private static @Nullable UnitLevel levelOf(String name, int at) {
    char c = name.charAt(at);
    switch (c) {
      case '省':
        return UnitLevel.PROVINCE;
      case '市':
        return at + 1 < name.length() && name.charAt(at + 1) == '场' ? null : UnitLevel.CITY;
      case '县':
        return UnitLevel.COUNTY;
      case '区':
        return isZoneOrArea(name, at) ? null : UnitLevel.DISTRICT;
      case '镇':
        return UnitLevel.TOWNSHIP;
      case '乡':
        return at > 0 && name.charAt(at - 1) == '城' ? null : UnitLevel.TOWNSHIP;
      case '街':
        return at + 1 < name.length() && name.charAt(at + 1) == '道' ? UnitLevel.TOWNSHIP : null;
      case '道':
        return at > 0 && name.charAt(at - 1) == '街' ? UnitLevel.TOWNSHIP : null;
      default:
        return null;
    }
  }

  private static boolean isZoneOrArea(String name, int at) {
    if (at + 1 < name.length() && name.charAt(at + 1) == '域') {
      return true;
    }
    if (at == 0) {
      return false;
    }
    char before = name.charAt(at - 1);
    return before == '开' || before == '发' || before == '新' || before == '园' || before == '社' || before == '景'
        || before == '范' || before == '验' || before == '试' || before == '矿' || before == '城';
  }

  /**
   * The end of the place name that opens the folded name ({@code 嘉祥县} in {@code 嘉祥县委宣传部},
   * {@code 山东省济宁市} in {@code 山东省济宁市财政局}), or 0 when there is none within the first
   * few characters.
   */
  private static int placeChainEnd(String name) {
    int end = 0;
    int limit = Math.min(name.length(), PLACE_PREFIX_LIMIT);
    for (int i = 0; i < limit; i++) {
      if (end > 0 && i - end > 4) {
        break;
      }
      if (levelOf(name, i) != null && (name.charAt(i) != '街')) {
        end = i + 1;
      }
    }
    return end;
  }
}
