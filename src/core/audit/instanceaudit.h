// SPDX-License-Identifier: MIT
#pragma once

#include "auditfinding.h"
#include "auditrules.h"

#include "api/apierror.h"
#include "api/clerkclient.h"
#include "api/cursorwalk.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

namespace PhoneDesk {

// Walks the whole instance for the audit: GET /users by starting_after cursors over slices of
// created_at walked side by side (CursorWalk), never by offset, through ClerkClient, so that its
// pacing and retries apply. It can be cancelled at any time and resumed from each slice's last
// cursor; the findings of the pages read are kept. Lookalikes need every number, so they come at
// the end.
class InstanceAudit : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;

    explicit InstanceAudit(ClerkClient *client, QObject *parent = nullptr);
    ~InstanceAudit() override;

    // Codes pending or expired for longer than this many days are findings (at start()).
    void setPendingAgeDays(int days) { m_pendingAgeDays = days; }
    [[nodiscard]] int pendingAgeDays() const { return m_pendingAgeDays; }

    // From the first user, forgetting any earlier run.
    void start();
    // After cancel() or a failure: every unfinished slice goes on from its last cursor; the
    // findings so far are kept.
    void resume();
    // Stops after no further answer; cancelled() follows at once.
    void cancel();

    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] bool isComplete() const { return m_complete; }
    // Users read so far.
    [[nodiscard]] int usersRead() const { return m_usersRead; }
    // Users in the instance, as GET /users/count said; -1 until known.
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] const QList<AuditFinding> &findings() const { return m_findings; }
    // Users or numbers that could not be read, one line each.
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

Q_SIGNALS:
    void progressChanged();
    // The findings of one page (or, at the end, the lookalikes), in reading order.
    void findingsAdded(const QList<PhoneDesk::AuditFinding> &findings);
    // Exactly one of these ends each start() or resume().
    void finished();
    void failed(const PhoneDesk::ApiError &error);
    void cancelled();

private:
    void requestCount();
    void takePage(const UserPage &page);
    void takeFailure(const ApiError &error);
    void finish();

    ClerkClient *m_client;
    int m_pendingAgeDays = AuditRules::kDefaultPendingAgeDays;
    std::unique_ptr<AuditRules> m_rules;
    PendingCall m_call; // GET /users/count
    CursorWalk<UserPage> m_walk;
    quint64 m_run = 0; // answers of an earlier run are dropped
    bool m_running = false;
    bool m_complete = false;
    int m_usersRead = 0;
    qint64 m_total = -1;
    QList<AuditFinding> m_findings;
    QStringList m_problems;
};

} // namespace PhoneDesk
