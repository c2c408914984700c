package io.attract.common.persistence;

import io.attract.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Long work (an import) in one transaction of its own whose time limit the caller sets from the work's size, not
 * the transaction manager's default minute; committed only when the answer says so (a check or a refused sheet
 * writes nothing). Work cut off by its limit fails in words, with nothing written.
 */
@ApplicationScoped
public class SizedTransactions {

    @Inject
    TransactionManager transactions;

    /** 120 s, and one more second for every {@code perSecond} rows. */
    public static int limitFor(int rows, int perSecond) {
        return 120 + rows / perSecond;
    }

    public <R> R run(int seconds, Supplier<R> work, Predicate<R> commit) {
        long started = System.nanoTime();
        try {
            transactions.setTransactionTimeout(seconds);
            transactions.begin();
            R result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                boolean timedOut = rollbackOnlyNow();
                transactions.rollback();
                if (timedOut && elapsed(started) >= seconds) {
                    throw timedOut(seconds);
                }
                throw e;
            }
            if (commit.test(result)) {
                transactions.commit();
            } else {
                transactions.rollback();
            }
            return result;
        } catch (jakarta.transaction.RollbackException e) {
            throw timedOut(seconds);
        } catch (SystemException
                | jakarta.transaction.NotSupportedException
                | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException e) {
            throw new IllegalStateException(e);
        } finally {
            try {
                transactions.setTransactionTimeout(0);
            } catch (SystemException e) {
                // the default applies again with this thread's next transaction anyway
            }
        }
    }

    private boolean rollbackOnlyNow() throws SystemException {
        int status = transactions.getStatus();
        return status == Status.STATUS_MARKED_ROLLBACK || status == Status.STATUS_ROLLEDBACK;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    private static ApiException timedOut(int seconds) {
        return new ApiException(
                503, "import.timed_out", "导入用时超过了 " + seconds + " 秒的时限，已全部撤销，没有写入任何数据。服务器可能正忙：请稍后重试，或把表格分成几份导入。");
    }
}
