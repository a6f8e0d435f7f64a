/**
 * Articles and books as flow items, and the files made from them.
 *
 * <p>Start at {@link io.tearsheet.pdf.internal.render.ArticleRenderer} (one article) or
 * {@link io.tearsheet.pdf.internal.render.BookRenderer} (title page, contents, articles, "Who is quoted"); both set
 * up a document with {@code DocumentSetup} and end with {@code Finisher}. An article is laid out by
 * {@code ArticleLayout} in three parts: {@code ArticleHeader} (kicker to series line, across the columns),
 * {@code SectionLayout} (the sections' blocks, walked with core's {@code Blocks.walk}; figures by
 * {@code FigureLayout}) and {@code SourcesList} ("Sources quoted"). Every size, space, rule and colour they use is
 * named in {@code Typography} and the tables it owns: {@code Spacing}, {@code Rules} and {@code Palette}.
 */
package io.tearsheet.pdf.internal.render;
