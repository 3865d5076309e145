/**
 * Nested documents: the converters generated document converters build on, converters of lists,
 * sets and maps that hold documents, and the navigation of document paths through converters and
 * stored values. <b>Not API:</b> generated code and the runtime call it.
 */
package dev.singletable.internal.document;
