// SPDX-License-Identifier: MIT
// RequestPacer: bursts under the limit go at once, beyond it requests wait for the sliding
// window, a 429's hold makes every queued request wait and lowers the pace, 0 is unpaced.
#include "api/requestpacer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace PhoneDesk;

class TestRequestPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitFollowsTheKindOfKey()
    {
        QCOMPARE(RequestPacer::limitForKey(QStringLiteral("sk_live_abc")), 1000);
        QCOMPARE(RequestPacer::limitForKey(QStringLiteral("sk_test_abc")), 100);
        QCOMPARE(RequestPacer::limitForKey(QStringLiteral("something_else")), 100);
    }

    void unpacedSendsEverythingAtOnce()
    {
        RequestPacer pacer;
        pacer.setLimit(0);
        QObject owner;
        int sent = 0;
        for (int i = 0; i < 500; ++i)
            pacer.enqueue(&owner, [&] { ++sent; });
        QCOMPARE(sent, 500);
        QCOMPARE(pacer.queued(), 0);
    }

    void aBurstUnderTheLimitIsNotDelayedAndTheRestWaitsForTheWindow()
    {
        constexpr int kWindow = 600;
        RequestPacer pacer;
        pacer.setWindow(kWindow);
        pacer.setLimit(3);
        QObject owner;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> sentAt;
        for (int i = 0; i < 5; ++i)
            pacer.enqueue(&owner, [&] { sentAt.append(clock.elapsed()); });
        // Three at once, without waiting for any event.
        QCOMPARE(sentAt.size(), 3);
        QCOMPARE(pacer.queued(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(sentAt.size(), 5, 20000);
        // The fourth waits until the first send has left the window.
        QVERIFY2(sentAt.at(3) >= kWindow - 5, qPrintable(QString::number(sentAt.at(3))));
        QVERIFY(sentAt.at(4) >= sentAt.at(3));
    }

    void aHoldMakesEveryQueuedRequestWaitAndSlowsThePace()
    {
        RequestPacer pacer;
        pacer.setLimit(100);
        QSignalSpy holdChanged(&pacer, &RequestPacer::holdChanged);
        QObject owner;
        pacer.holdFor(1);
        QVERIFY(pacer.holding());
        QCOMPARE(holdChanged.size(), 1);
        QVERIFY(pacer.holdRemainingMs() > 500 && pacer.holdRemainingMs() <= 1000);
        QCOMPARE(pacer.effectiveLimit(), 75);

        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        for (int i = 0; i < 3; ++i)
            pacer.enqueue(&owner, [&] { ++sent; });
        QCOMPARE(sent, 0);
        QTRY_COMPARE_WITH_TIMEOUT(sent, 3, 20000);
        QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!pacer.holding());
        QCOMPARE(holdChanged.size(), 2); // the wait began and ended
    }

    void aWithdrawnOrOrphanedRequestIsNeverSent()
    {
        RequestPacer pacer;
        pacer.setLimit(10);
        pacer.holdFor(1);
        bool withdrawnSent = false;
        bool orphanSent = false;
        bool keptSent = false;
        QObject owner;
        const quint64 ticket = pacer.enqueue(&owner, [&] { withdrawnSent = true; });
        {
            QObject shortLived;
            pacer.enqueue(&shortLived, [&] { orphanSent = true; });
        }
        pacer.enqueue(&owner, [&] { keptSent = true; });
        pacer.withdraw(ticket);
        QCOMPARE(pacer.queued(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(keptSent, 20000);
        QVERIFY(!withdrawnSent);
        QVERIFY(!orphanSent);
    }
};

QTEST_GUILESS_MAIN(TestRequestPacer)
#include "tst_requestpacer.moc"
