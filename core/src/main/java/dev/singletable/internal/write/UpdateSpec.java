package dev.singletable.internal.write;

import dev.singletable.Attribute;
import dev.singletable.internal.expression.ExpressionPart;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an {@code Update} builder holds when it runs: the changes by attribute name (by document path,
 * {@code address.city}, for a nested change; the handle in {@link #touched} holds the path itself),
 * the current values given with {@code with(...)}, the conditions, and patch or upsert.
 * <b>Not API.</b>
 *
 * @param touched every attribute the update changes, with its handle
 * @param sets new values by attribute ({@code null}: remove)
 * @param adds numbers and set elements to {@code ADD}
 * @param appends list elements to append
 * @param deletes set elements to {@code DELETE}
 * @param suppliedAttributes the handles of the attributes given with {@code with(...)}
 * @param supplied the current values given with {@code with(...)} ({@code null}: absent)
 * @param conditions the caller's conditions, joined by AND
 * @param patch whether the item must exist
 * @param expectedVersion the {@code @Version} the item must have (0: none), or {@code null} for no check
 */
public record UpdateSpec(
    Map<String, Attribute<?, ?>> touched,
    Map<String, Object> sets,
    Map<String, Object> adds,
    Map<String, List<?>> appends,
    Map<String, Set<?>> deletes,
    Map<String, Attribute<?, ?>> suppliedAttributes,
    Map<String, Object> supplied,
    List<ExpressionPart> conditions,
    boolean patch,
    Long expectedVersion) {}
