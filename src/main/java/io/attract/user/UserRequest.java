package io.attract.user;

import jakarta.validation.constraints.Size;

/** An admin's assignment: the display name and the unit (null clears it). */
public record UserRequest(
        @Size(max = 100, message = "姓名不能超过 100 个字符") String displayName, Long unitId) {}
