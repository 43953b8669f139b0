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
 *       note-verbs.txt}, {@code note-verb-heads.txt}, {@code note-default-clauses.txt}, {@code unit-endings.txt}, {@code
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
 *   <li>{@link io.github.policytasks.metrics.lexicon.WordLists}: the plain word lists, one word (or
 *       one character) a row, that the parser's readers match: the words of unit lists and unit
 *       names ({@code unit-list-levels.txt}, {@code unit-list-openers.txt}, {@code
 *       unit-suffix-levels.txt}, {@code unit-place-levels.txt}, {@code unit-group-marks.txt}, {@code
 *       unit-kinds-after-etc.txt}, {@code unit-inner-words.txt}, {@code unit-level-openings.txt}, {@code
 *       unit-run-together-not-openings.txt}),
 *       the work nouns of headings that name the lead unit ({@code heading-work-nouns.txt}), the
 *       words after a forwarded title ({@code forwarding-words.txt}),
 *       the openers of preamble goals ({@code preamble-goal-openers.txt}), the titles of goal
 *       sections and items ({@code goal-titles.txt}), the labels of a training plan's own-line
 *       fields ({@code field-labels.txt}), and the region words of
 *       the corpus job ({@code region-suffixes.txt}, {@code national-issuers.txt}, {@code
 *       not-region-openings.txt}).
 * </ul>
 */
@NullMarked
package io.github.policytasks.metrics.lexicon;

import org.jspecify.annotations.NullMarked;
