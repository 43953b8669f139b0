package io.github.policytasks.tracking.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full ledger as a JSON array of objects, one per ledger row, keyed by {@link LedgerColumn}
 * keys in column order: numbers of sections and tasks as JSON numbers, unit lists as arrays,
 * amounts as exact decimal strings (as in the plan JSON contract), absent values as {@code null}.
 * Stateless and thread-safe.
 */
public final class JsonRenderer implements LedgerRenderer {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void render(List<LedgerRow> rows, Appendable out) throws IOException {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (LedgerRow row : rows) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (LedgerColumn column : LedgerColumn.values()) {
        object.put(column.key(), column.valueOf(row));
      }
      objects.add(object);
    }
    out.append(MAPPER.writeValueAsString(objects)).append('\n');
  }
}
