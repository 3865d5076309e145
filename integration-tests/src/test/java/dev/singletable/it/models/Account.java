package dev.singletable.it.models;

import dev.singletable.annotation.AttributeName;
import dev.singletable.annotation.Convert;
import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Transient;
import dev.singletable.annotation.Key;
import dev.singletable.annotation.Version;
import java.time.Instant;

/**
 * An existing table's names: the primary key placeholder {@code accountId} stored as
 * {@code account_id}, GSI1's placeholders {@code email} and {@code createdAt} as
 * {@code email_address} and {@code created_at}; a converted balance, a converted key placeholder
 * ({@code plan}, stored in lower case), an ignored component, a version stored as
 * {@code row_version}.
 */
@Entity
@Key(pk = "ACCOUNT#<accountId>", sk = "PROFILE")
@Key(index = "GSI1", pk = "EMAIL#<email>", sk = "SINCE#<createdAt>")
@Key(index = "ByPlan-GSI", pk = "PLAN#<plan>", sk = "ACCOUNT#<accountId>")
public record Account(
    @AttributeName("account_id") String accountId,
    @AttributeName("email_address") String email,
    @AttributeName("created_at") Instant createdAt,
    @Convert(LowerCase.class) String plan,
    @Convert(MoneyConverter.class) Money balance,
    @Transient int loginsThisSession,
    @Version @AttributeName("row_version") long version) {}
