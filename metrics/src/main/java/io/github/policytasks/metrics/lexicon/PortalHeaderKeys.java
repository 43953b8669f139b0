package io.github.policytasks.metrics.lexicon;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The keys of a publishing portal's header (索引号, 发文字号, 成文日期…) and the field each fills,
 * from {@code portal-header-keys.txt}. Keys are looked up folded, spaces removed. Immutable and
 * thread-safe.
 */
public final class PortalHeaderKeys {
  private static final Map<String, PortalField> KEYS =
      LexiconFile.keyedConstants("portal-header-keys.txt", PortalField.class, "key");
  private static final List<String> KEY_LIST = List.copyOf(KEYS.keySet());

  private PortalHeaderKeys() {}

  /**
   * {@return the field of the header key spelled exactly {@code key} (folded, spaces removed), or
   * null when it is no key}
   *
   * @param key a header key without its colon
   */
  public static @Nullable PortalField field(String key) {
    return KEYS.get(key);
  }

  /** {@return every key, in the order of the data file} */
  public static List<String> keys() {
    return KEY_LIST;
  }
}
