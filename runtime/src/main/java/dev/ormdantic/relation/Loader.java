package dev.ormdantic.relation;

/**
 * What to load along with rows of {@code P}: a relationship constant of a generated class ({@code PostTable.AUTHOR}),
 * a {@link Path} of them ({@code AuthorTable.POSTS.then(PostTable.COMMENTS)}), or a {@link Load} that says how
 * ({@code AuthorTable.POSTS.selectIn().where(...)}), or every relationship to some {@link Depth}. Given to {@code
 * TableHandle.loading(...)} for a query, or to {@code TableHandle.load(...)} for rows already read.
 *
 * <p>A relationship or path given without a strategy loads a to-one step joined and a to-many step select-in; {@code
 * TableHandle.load(...)} reads the first step select-in (the rows are already in memory).
 *
 * @param <P> the record the loading starts from
 * @since 0.1.0
 */
public sealed interface Loader<P extends Record> permits Relationship, Path, Load, Depth {}
