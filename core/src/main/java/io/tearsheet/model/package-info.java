/**
 * The article model: an immutable {@link io.tearsheet.model.Article} of metadata, sections of blocks and inlines,
 * quotations and the sources who said them, and its provenance. Sealed interfaces and records; builders for
 * construction; {@link io.tearsheet.model.Blocks} and {@link io.tearsheet.model.Inlines} walk the tree.
 */
package io.tearsheet.model;
