package io.github.policytasks.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a JSON path ({@code $.sections[0].tasks[2].id}) starts in a document, to give a
 * refusal found on the parsed tree its line and column. When the path itself is absent (a missing
 * field), the nearest enclosing value that exists is located. Stateless and thread-safe.
 */
final class PlanJsonPaths {
  private PlanJsonPaths() {}

  /** Opens a fresh parser over the document. */
  interface Opener {
    JsonParser open(JsonFactory factory) throws IOException;
  }

  /** Where {@code path}, or its longest existing prefix, starts; null when the document cannot be read. */
  static @Nullable JsonLocation locate(String path, Opener opener, JsonFactory factory) {
    JsonLocation best = null;
    int bestLength = -1;
    try (JsonParser parser = opener.open(factory)) {
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT
            || token == JsonToken.END_ARRAY) {
          continue;
        }
        String here = pathOf(parser.getParsingContext(), token);
        if (here.length() > bestLength && isPrefix(here, path)) {
          best = parser.currentTokenLocation();
          bestLength = here.length();
          if (here.length() == path.length()) {
            break;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return best;
    }
    return best;
  }

  private static boolean isPrefix(String prefix, String path) {
    if (!path.startsWith(prefix)) {
      return false;
    }
    if (prefix.length() == path.length()) {
      return true;
    }
    char next = path.charAt(prefix.length());
    return next == '.' || next == '[';
  }

  /** The path of the value that {@code token} starts. */
  private static String pathOf(JsonStreamContext context, JsonToken token) {
    JsonStreamContext at = token.isStructStart() ? context.getParent() : context;
    StringBuilder path = new StringBuilder();
    for (; at != null && !at.inRoot(); at = at.getParent()) {
      if (at.inObject()) {
        path.insert(0, "." + at.getCurrentName());
      } else if (at.inArray()) {
        path.insert(0, "[" + at.getCurrentIndex() + "]");
      }
    }
    return "$" + path;
  }
}
