package dev.singletable.lambda;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;

/** A member's order; GSI1 finds orders by status. */
@Entity
@Key(pk = "MEMBER#<memberId>", sk = "ORDER#<orderId>")
@Key(index = "GSI1", pk = "STATUS#<status>", sk = "ORDER#<orderId>")
public record Order(String memberId, String orderId, String status, long total) {}
