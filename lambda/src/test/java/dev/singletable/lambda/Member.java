package dev.singletable.lambda;

import dev.singletable.annotation.Entity;
import dev.singletable.annotation.Key;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkBytes;

/** A member whose attributes take every DynamoDB type a stream image can hold. */
@Entity
@Key(pk = "MEMBER#<memberId>", sk = "PROFILE")
public record Member(
    String memberId,
    String nickname,
    boolean vip,
    SdkBytes avatar,
    Set<String> tags,
    Set<Long> luckyNumbers,
    List<String> notes,
    Map<String, Long> points) {}
