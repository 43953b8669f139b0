/**
 * The seed plans' texts and their annotated plans, embedded as resources: {@link
 * io.github.policytasks.seeds.Seeds#jiaxiang2023()} gives the annotated 嘉祥县 2023 plan without
 * running the parser.
 */
@NullMarked
package io.github.policytasks.seeds;

import org.jspecify.annotations.NullMarked;
