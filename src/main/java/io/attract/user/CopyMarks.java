package io.attract.user;

import io.attract.common.excel.CopyMark;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The mark of the caller's copies: their name with their login, and now. */
@RequestScoped
public class CopyMarks implements CopyMark.Maker {

    @Inject
    CurrentUser me;

    @Override
    public CopyMark now() {
        return CopyMark.of(me.displayName() + "（" + me.username() + "）");
    }
}
