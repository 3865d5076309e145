/**
 * Transactions: the checked actions of a {@code TransactWriteItems}, the keys of a
 * {@code TransactGetItems}, and how a cancellation is read back into one reason per action.
 * <b>Not API.</b>
 */
package dev.singletable.internal.transaction;
