/**
 * The vocabularies of the genre as data (annotation guide §2-§6), shared by the parser (reading)
 * and the renderer (writing): each is one commented resource next to these classes, every row
 * saying where it comes from, read once into a {@link io.github.policytasks.metrics.lexicon.WordTable}
 * (a character trie read forward and backward) or a table indexed by char.
 *
 * <ul>
 *   <li>{@link io.github.policytasks.metrics.lexicon.Folding}: Traditional → Simplified and
 *       full-width → half-width, one char for one char ({@code folding-traditional.txt}, {@code
 *       folding-width.txt}); every other vocabulary is in folded form, checked when loaded.
 *   <li>{@link io.github.policytasks.metrics.lexicon.NoteKeys}: note keys with their Traditional
 *       forms and fields, and the first-listed rule ({@code note-keys.txt}, {@code note-phrases.txt}).
 *   <li>{@link io.github.policytasks.metrics.lexicon.NoteWords}: the verbs of verb-form notes, the
 *       words of default clauses and of group notes, unit-name endings, list joiners and remark openers ({@code
 *       note-verbs.txt}, {@code note-default-clauses.txt}, {@code unit-endings.txt}, {@code
 *       unit-joiners.txt}, {@code unit-remarks.txt}, {@code note-progress.txt}, {@code
 *       note-group-openers.txt}).
 *   <li>{@link io.github.policytasks.metrics.lexicon.Numerals}, {@link
 *       io.github.policytasks.metrics.lexicon.Magnitudes}: Chinese numerals and magnitude words.
 *   <li>{@link io.github.policytasks.metrics.lexicon.BoundWords}, {@link
 *       io.github.policytasks.metrics.lexicon.RangeSeparators}: the words of bounds and ranges.
 *   <li>{@link io.github.policytasks.metrics.lexicon.ProhibitionWords}: the words that forbid what
 *       their clause says, so that a bound of excess after them is the limit kept ({@code
 *       prohibitions.txt}: {@code 不得}, {@code 严禁}).
 *   <li>{@link io.github.policytasks.metrics.lexicon.PercentWords}: percents and per-mille in words
 *       before their number ({@code percent-words.txt}: {@code 百分之}, {@code 千分之}).
 *   <li>{@link io.github.policytasks.metrics.lexicon.KindCues}: the words that make a percent
 *       GROWTH (up or down) or SHARE ({@code kind-cues.txt}).
 *   <li>{@link io.github.policytasks.metrics.lexicon.TableHeaders}: task-table headers by field.
 *   <li>{@link io.github.policytasks.metrics.lexicon.NotTargetPatterns}: the word patterns of the
 *       not-a-target rules.
 * </ul>
 */
@NullMarked
package io.github.policytasks.metrics.lexicon;

import org.jspecify.annotations.NullMarked;
