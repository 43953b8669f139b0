/** The seed plan's text and its annotated plan, embedded as resources. */
package io.github.policytasks.seeds;
