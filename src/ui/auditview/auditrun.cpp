// SPDX-License-Identifier: MIT
#include "auditrun.h"

#include "export/auditexport.h"
#include "audit/auditrules.h"
#include "audit/instanceaudit.h"

#include "api/apierror.h"
#include "storage/privatefiles.h"
#include "ui/list/phonenumberlistmodel.h"

#include <QLocale>
#include <QSaveFile>

#include <algorithm>

namespace PhoneDesk {

AuditRun::AuditRun(QObject *parent)
    : QObject(parent)
    , m_pendingAgeDays(AuditRules::kDefaultPendingAgeDays)
{
}

AuditRun::~AuditRun() = default;

void AuditRun::setModel(PhoneNumberListModel *model)
{
    if (m_model == model)
        return;
    // A run belongs to one instance: another model's client starts from scratch.
    delete m_audit;
    m_audit = nullptr;
    m_findings.clear();
    m_error.clear();
    m_model = model;
    Q_EMIT modelChanged();
    Q_EMIT progressChanged();
}

void AuditRun::setPendingAgeDays(int days)
{
    days = std::max(0, days);
    if (days == m_pendingAgeDays)
        return;
    m_pendingAgeDays = days;
    Q_EMIT pendingAgeDaysChanged();
}

InstanceAudit *AuditRun::audit()
{
    if (m_audit || !m_model || !m_model->client())
        return m_audit;
    m_audit = new InstanceAudit(m_model->client(), this);
    connect(m_audit, &InstanceAudit::progressChanged, this, &AuditRun::progressChanged);
    connect(m_audit, &InstanceAudit::findingsAdded, this, [this](const QList<AuditFinding> &found) { m_findings.append(found); });
    connect(m_audit, &InstanceAudit::finished, this, &AuditRun::finished);
    connect(m_audit, &InstanceAudit::failed, this, [this](const ApiError &error) {
        m_error = error.describe();
        Q_EMIT progressChanged();
    });
    connect(m_audit, &InstanceAudit::cancelled, this, [this] {
        m_cancelled = true;
        Q_EMIT progressChanged();
    });
    return m_audit;
}

void AuditRun::start()
{
    InstanceAudit *run = audit();
    if (!run) {
        m_error = tr("There is no connection to audit.");
        Q_EMIT progressChanged();
        return;
    }
    m_findings.clear();
    m_error.clear();
    run->setPendingAgeDays(m_pendingAgeDays);
    run->start();
    m_cancelled = false;
    Q_EMIT progressChanged();
}

void AuditRun::cancel()
{
    if (m_audit)
        m_audit->cancel();
}

void AuditRun::resume()
{
    if (!canResume())
        return;
    m_error.clear();
    m_cancelled = false;
    m_audit->resume();
}

bool AuditRun::running() const
{
    return m_audit && m_audit->isRunning();
}

bool AuditRun::complete() const
{
    return m_audit && m_audit->isComplete();
}

bool AuditRun::canResume() const
{
    return m_audit && !m_audit->isRunning() && !m_audit->isComplete() && (m_cancelled || !m_error.isEmpty());
}

int AuditRun::usersRead() const
{
    return m_audit ? m_audit->usersRead() : 0;
}

qint64 AuditRun::totalUsers() const
{
    return m_audit ? m_audit->total() : -1;
}

double AuditRun::progress() const
{
    if (complete())
        return 1.0;
    const qint64 total = totalUsers();
    return total > 0 ? std::min(1.0, double(usersRead()) / double(total)) : 0.0;
}

int AuditRun::problemCount() const
{
    return m_audit ? static_cast<int>(m_audit->problems().size()) : 0;
}

QString AuditRun::status() const
{
    const qint64 total = totalUsers();
    const QLocale locale;
    const QString read = locale.toString(usersRead());
    // The count of users ("%Ln") is the total when it is known, else the users read.
    const int users = int(total >= 0 ? total : usersRead());
    if (running()) {
        return total >= 0 ? tr("Auditing… %1 of %Ln user(s) read", nullptr, users).arg(read)
                          : tr("Auditing… %Ln user(s) read", nullptr, users);
    }
    if (complete()) {
        //: %1 is the count of findings, said on its own: "Audit complete: 3 users read, 2 findings"
        return tr("Audit complete: %Ln user(s) read, %1", nullptr, usersRead()).arg(tr("%Ln finding(s)", nullptr, m_findings.rowCount()));
    }
    if (!m_error.isEmpty()) {
        return total >= 0 ? tr("Stopped after %1 of %Ln user(s): the audit could not continue", nullptr, users).arg(read)
                          : tr("Stopped after %Ln user(s): the audit could not continue", nullptr, users);
    }
    if (m_cancelled) {
        return total >= 0 ? tr("Cancelled after %1 of %Ln user(s); Resume continues from there", nullptr, users).arg(read)
                          : tr("Cancelled after %Ln user(s); Resume continues from there", nullptr, users);
    }
    return tr("Not run yet");
}

QString AuditRun::exportTo(const QUrl &file, const QString &format) const
{
    const std::optional<AuditExport::Format> kind = PhoneNumberExport::formatNamed(format);
    if (!kind)
        return tr("Unknown export format \"%1\" (csv or jsonl).").arg(format);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QSaveFile out(path);
    //: %1 is the file's path, %2 the system's reason
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    const QByteArray bytes = AuditExport(*kind).document(m_findings.findings());
    if (out.write(bytes) != bytes.size()) {
        out.cancelWriting();
        out.commit();
        return tr("Cannot write %1: %2").arg(path, out.errorString());
    }
    // Customers' data: readable by this account only, wherever the agent puts it.
    QString error;
    if (!PrivateFiles::commit(out, &error))
        return tr("Cannot write %1: %2").arg(path, error);
    return {};
}

} // namespace PhoneDesk
