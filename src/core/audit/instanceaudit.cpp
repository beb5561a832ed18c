// SPDX-License-Identifier: MIT
#include "instanceaudit.h"

#include <QDateTime>

namespace PhoneDesk {

namespace {
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
} // namespace

InstanceAudit::InstanceAudit(ClerkClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_walk(userListWalk<UserPage>(client, this, &ClerkClient::listUsers, [this](UserPage page) { takePage(page); },
                                    [this](const ApiError &error) { takeFailure(error); }, [this] { finish(); }))
{
    m_walk.setPageSize(kPageSize);
}

InstanceAudit::~InstanceAudit()
{
    m_call.abort();
    m_walk.drop();
}

void InstanceAudit::start()
{
    cancel();
    m_rules = std::make_unique<AuditRules>(QDateTime::currentMSecsSinceEpoch(), m_pendingAgeDays * kDayMs);
    m_usersRead = 0;
    m_total = -1;
    m_complete = false;
    m_findings.clear();
    m_problems.clear();
    m_running = true;
    Q_EMIT progressChanged();
    requestCount();
}

void InstanceAudit::resume()
{
    if (m_running || m_complete)
        return;
    if (!m_rules) {
        start();
        return;
    }
    m_running = true;
    Q_EMIT progressChanged();
    if (m_total < 0)
        requestCount();
    else
        m_walk.resume();
}

void InstanceAudit::cancel()
{
    if (!m_running)
        return;
    ++m_run;
    m_running = false;
    m_call.abort();
    m_walk.drop();
    Q_EMIT progressChanged();
    Q_EMIT cancelled();
}

void InstanceAudit::requestCount()
{
    const quint64 run = ++m_run;
    m_call = m_client->countUsers({}, this, [this, run](const ApiResult<qint64> &result) {
        if (run != m_run)
            return;
        if (!result.ok()) {
            m_running = false;
            Q_EMIT progressChanged();
            Q_EMIT failed(result.error());
            return;
        }
        m_total = result.value();
        Q_EMIT progressChanged();
        if (m_usersRead == 0)
            m_walk.start({});
        else
            m_walk.resume();
    });
}

void InstanceAudit::takeFailure(const ApiError &error)
{
    // Each slice keeps its cursor: resume() asks for the failed page again.
    m_running = false;
    Q_EMIT progressChanged();
    Q_EMIT failed(error);
}

void InstanceAudit::takePage(const UserPage &page)
{
    QList<AuditFinding> found;
    for (const UserSummary &user : page.users)
        found += m_rules->inspect(user);
    m_problems += page.problems; // the users' unreadable numbers included
    m_usersRead += static_cast<int>(page.receivedCount);
    m_total = std::max<qint64>(m_total, m_usersRead);
    m_findings += found;
    Q_EMIT progressChanged();
    if (!found.isEmpty())
        Q_EMIT findingsAdded(found);
    // A receiver may have cancelled: the page counts, and cancel() has stopped the walk.
}

void InstanceAudit::finish()
{
    const QList<AuditFinding> lookalikes = m_rules->lookalikes();
    m_findings += lookalikes;
    m_running = false;
    m_complete = true;
    Q_EMIT progressChanged();
    if (!lookalikes.isEmpty())
        Q_EMIT findingsAdded(lookalikes);
    Q_EMIT finished();
}

} // namespace PhoneDesk
