package io.github.policytasks.metrics.lexicon;

/**
 * One key of a responsibility note, as {@code note-keys.txt} gives it: its folded Simplified form
 * (what the parser matches), its Traditional form (what a renderer writes for a Traditional
 * copy, which folds back to the Simplified one), the field it fills, and whether it is a key only
 * before a colon ({@code 牵头：县发改局}, but {@code 牵头抓总} is text). Immutable.
 *
 * @param simplified the key in folded Simplified form
 * @param traditional the key in Traditional characters
 * @param field what the key's value fills
 * @param colonOnly whether it is a key only before a colon
 */
public record NoteKey(String simplified, String traditional, NoteField field, boolean colonOnly) {}
